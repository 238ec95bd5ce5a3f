"""The demo practice's session notes, homework and treatment plans: phrase banks and a writer.

Every text is put together from the phrases below with a seeded generator,
so the same seed always writes the same notes. Notes never name anyone: the
person seen is "the client" (a parent is "the parent"). What a note says
follows the client's presenting theme and how their therapy goes (better,
stuck or worse: the same for all of one client's sessions).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.models import HomeworkReview


class Course(StrEnum):
    """How a client's therapy goes, from the first session to the last."""

    IMPROVING = "improving"
    STUCK = "stuck"
    WORSE = "worse"


#: How often each course is drawn for a client.
COURSE_WEIGHTS = ((Course.IMPROVING, 62), (Course.STUCK, 28), (Course.WORSE, 10))


@dataclass(frozen=True)
class Technique:
    """Something done in session: its plan wording and what a note says about it."""

    name: str
    #: What the note says was done (``{topic}`` is what the client brought today).
    done: tuple[str, ...]


@dataclass(frozen=True)
class Task:
    """A homework task: what and why."""

    what: str
    why: str


@dataclass(frozen=True)
class ThemeNotes:
    """What the sessions of clients with one presenting theme are about."""

    #: What the client brought to a session.
    topics: tuple[str, ...]
    techniques: tuple[Technique, ...]
    tasks: tuple[Task, ...]
    #: Measurable steps for a treatment goal of this theme.
    objectives: tuple[str, ...]
    #: Symptoms a better / stuck / worse week shows.
    better: tuple[str, ...]
    same: tuple[str, ...]
    worse: tuple[str, ...]


# ------------------------------------------------------------------ techniques

_THOUGHT_RECORD = Technique(
    "Cognitive restructuring with thought records",
    (
        "Worked through a thought record on {topic}; identified catastrophising and "
        "generated a more balanced alternative thought.",
        "Used Socratic questioning around {topic}; client rated belief in the original "
        "thought lower by the end of the exercise.",
    ),
)
_BEHAVIOURAL_ACTIVATION = Technique(
    "Behavioural activation with activity scheduling",
    (
        "Reviewed the activity log and linked mood ratings to activity; scheduled three "
        "small valued activities for the coming week.",
        "Behavioural activation: explored what got in the way of planned activities and "
        "broke the next step into smaller pieces.",
    ),
)
_EXPOSURE = Technique(
    "Graded exposure following a fear hierarchy",
    (
        "Reviewed the fear hierarchy and planned the next step; practised an in-session "
        "exposure until anxiety came down by about half.",
        "Graded exposure: discussed {topic} as the next item on the hierarchy and "
        "predicted versus actual outcomes of last week's practice.",
    ),
)
_BREATHING = Technique(
    "Arousal reduction: paced breathing and grounding",
    (
        "Practised paced breathing and 5-4-3-2-1 grounding in session; client noticed "
        "heart rate settling.",
        "Rehearsed grounding skills for moments of high arousal and planned when to use them.",
    ),
)
_SLEEP = Technique(
    "Sleep hygiene and stimulus control",
    (
        "Reviewed the sleep diary; discussed a fixed wake time, leaving bed when unable to "
        "sleep, and a screen-free hour before bed.",
        "Psychoeducation on sleep pressure and the worry-in-bed cycle; agreed a wind-down routine.",
    ),
)
_WORRY_TIME = Technique(
    "Scheduled worry time and worry postponement",
    (
        "Introduced scheduled worry time; client practised postponing a worry about {topic}.",
        "Distinguished solvable from hypothetical worries about {topic}; problem-solved the "
        "solvable part.",
    ),
)
_MINDFULNESS = Technique(
    "Mindfulness and acceptance-based strategies",
    (
        "Guided a brief mindfulness exercise; discussed noticing thoughts without acting on them.",
        "Explored values around {topic} and the cost of avoidance; practised defusion from the "
        "thought 'I can't cope'.",
    ),
)
_PROBLEM_SOLVING = Technique(
    "Structured problem solving",
    (
        "Structured problem solving on {topic}: defined the problem, listed options, weighed "
        "pros and cons and chose a first step.",
    ),
)
_TRAUMA_PROCESSING = Technique(
    "Trauma-focused CBT (cognitive processing)",
    (
        "Continued cognitive processing work; examined stuck points about blame and safety.",
        "Worked on the trauma narrative at a pace the client chose; stayed within the "
        "window of tolerance with grounding breaks.",
    ),
)
_STABILISATION = Technique(
    "Stabilisation and safety skills before trauma processing",
    (
        "Stabilisation: reviewed the safe-place exercise and a container image for "
        "intrusive memories.",
        "Psychoeducation on the trauma response and triggers; mapped early warning signs.",
    ),
)
_GRIEF_WORK = Technique(
    "Grief work: meaning-making and continuing bonds",
    (
        "Made space for memories of the person who died; explored what the relationship "
        "meant and what the client wants to carry forward.",
        "Discussed oscillating between grief and restoration; normalised waves of sadness "
        "around anniversaries.",
    ),
)
_COUPLES = Technique(
    "Emotionally focused couple work and communication skills",
    (
        "Mapped the negative cycle around {topic}; each partner named the softer feeling "
        "under the reaction.",
        "Practised speaker-listener turns on {topic}; coached slowing down and reflecting "
        "before responding.",
    ),
)
_MOTIVATIONAL = Technique(
    "Motivational interviewing and relapse prevention",
    (
        "Motivational interviewing: explored ambivalence about {topic}; elicited change "
        "talk about health and family.",
        "Relapse prevention: identified high-risk situations and rehearsed a refusal plan.",
    ),
)
_ERP = Technique(
    "Exposure and response prevention",
    (
        "Exposure and response prevention: completed an in-session exposure to {topic} "
        "without neutralising; anxiety peaked and then fell.",
        "Reviewed the ERP hierarchy and the urge ratings from last week's practice.",
    ),
)
_MEAL_PLAN = Technique(
    "CBT-E: regular eating and self-monitoring",
    (
        "Reviewed the food monitoring record; discussed the pattern of restricting during "
        "the day and the regular-eating plan.",
        "Worked on the link between {topic} and restriction; planned one exposure to a "
        "feared food.",
    ),
)
_ORGANISATION = Technique(
    "Organisation and planning skills (CBT for ADHD)",
    (
        "Set up the planner routine and broke a big task into steps with time estimates.",
        "Reviewed the planner; problem-solved where the system broke down around {topic}.",
    ),
)
_BOUNDARIES = Technique(
    "Boundary setting and assertiveness",
    (
        "Role-played saying no around {topic}; client drafted what to say to the manager.",
        "Explored the beliefs that keep the client working late; planned one firm boundary.",
    ),
)
_PARENTING = Technique(
    "Parent coaching: praise, routines and calm limits",
    (
        "Met with the parent for part of the session; reviewed the reward chart and "
        "practised labelled praise and calm limits.",
        "Play-based work with the client on feelings words; parent joined for the last ten "
        "minutes to plan the week.",
    ),
)
_DBT = Technique(
    "DBT skills: distress tolerance and emotion regulation",
    (
        "Chain analysis of {topic}; identified the vulnerability factors and where a skill "
        "could have come in.",
        "Taught TIPP and opposite action; client practised paced breathing with cold water.",
    ),
)
_VALIDATION = Technique(
    "Supportive therapy and validation",
    (
        "Supportive work: validated the client's frustration about {topic} and reflected "
        "the effort they are making.",
    ),
)


THEME_NOTES: dict[str, ThemeNotes] = {
    "anxiety": ThemeNotes(
        topics=(
            "worry about an upcoming medical appointment",
            "a presentation at work next week",
            "anxiety while driving on the freeway",
            "difficulty switching off at night",
            "avoiding a team meeting",
            "a panic attack in the supermarket",
            "reassurance-seeking from the partner",
        ),
        techniques=(_THOUGHT_RECORD, _EXPOSURE, _BREATHING, _WORRY_TIME, _MINDFULNESS, _SLEEP),
        tasks=(
            Task("Thought record when anxiety rises above 5/10", "Catch the worry thought early"),
            Task("Practise paced breathing twice a day", "Build the skill before it is needed"),
            Task("Next step on the fear hierarchy, three times", "Learn the fear passes"),
            Task("Scheduled worry time, 15 minutes daily", "Contain worry to one slot"),
            Task("Drive one freeway exit and back", "Graded exposure"),
        ),
        objectives=(
            "Use a coping skill in at least 4 of 5 anxious moments, by self-report",
            "Complete the first five steps of the fear hierarchy",
            "GAD-7 below 10 on two consecutive measures",
            "Attend the weekly team meeting without leaving early",
        ),
        better=("worry felt more manageable", "fewer panic symptoms", "went to the meeting"),
        same=("worry most evenings", "still avoiding the freeway", "sleep broken by worry"),
        worse=("two panic attacks", "called in sick once", "avoiding more situations"),
    ),
    "depression": ThemeNotes(
        topics=(
            "low motivation in the mornings",
            "withdrawing from friends",
            "self-critical thoughts after a setback",
            "the job search",
            "weekends spent in bed",
            "guilt about not keeping up with chores",
        ),
        techniques=(_BEHAVIOURAL_ACTIVATION, _THOUGHT_RECORD, _PROBLEM_SOLVING, _SLEEP),
        tasks=(
            Task("Activity log with mood ratings", "See how activity and mood connect"),
            Task("Three scheduled pleasant activities", "Behavioural activation"),
            Task("Message one friend to arrange a walk", "Reconnect socially"),
            Task("Up and dressed by 9 on weekdays", "Anchor the day"),
            Task("Thought record for self-critical thoughts", "Question the inner critic"),
        ),
        objectives=(
            "Complete at least three scheduled activities a week",
            "Contact a friend at least once a week",
            "PHQ-9 below 10 on two consecutive measures",
            "Keep a regular wake time five days a week",
        ),
        better=("more energy", "saw a friend", "mood a little brighter"),
        same=("mood flat most days", "still sleeping late", "little interest"),
        worse=("mood lower", "stayed in bed most of the weekend", "stopped answering messages"),
    ),
    "trauma": ThemeNotes(
        topics=(
            "nightmares this week",
            "a trigger while driving",
            "feeling on edge in crowds",
            "avoiding reminders of the event",
            "self-blame about the event",
        ),
        techniques=(_STABILISATION, _TRAUMA_PROCESSING, _BREATHING, _EXPOSURE, _SLEEP),
        tasks=(
            Task("Grounding practice when a memory intrudes", "Stay in the present"),
            Task("Re-read the impact statement", "Notice stuck points"),
            Task("Nightmare rescripting rehearsal before bed", "Reduce nightmare frequency"),
            Task("One in-vivo exposure from the list", "Reclaim avoided places"),
        ),
        objectives=(
            "Use grounding to come down from a trigger within 10 minutes",
            "Nightmares on fewer than two nights a week",
            "Complete the trauma narrative",
            "PCL-5 down by at least 10 points",
        ),
        better=("fewer nightmares", "managed a trigger with grounding", "slept better"),
        same=("nightmares twice this week", "still avoiding the route", "startle unchanged"),
        worse=("more flashbacks", "sleeping four hours a night", "avoiding leaving the house"),
    ),
    "grief": ThemeNotes(
        topics=(
            "an anniversary coming up",
            "sorting through belongings",
            "loneliness in the evenings",
            "guilt about the last weeks of the illness",
            "family tension since the loss",
        ),
        techniques=(_GRIEF_WORK, _VALIDATION, _BEHAVIOURAL_ACTIVATION, _MINDFULNESS),
        tasks=(
            Task("Write a letter to the person who died", "Say what was left unsaid"),
            Task("Plan how to spend the anniversary", "Prepare rather than dread it"),
            Task("One social contact this week", "Counter isolation"),
            Task("Choose a few items for a memory box", "Begin sorting at own pace"),
        ),
        objectives=(
            "Talk about the loss with a family member at least once",
            "Sort one room of belongings",
            "Re-engage in one previously enjoyed activity",
        ),
        better=("more good days", "talked with a sibling about the loss", "less guilt"),
        same=("waves of grief most days", "evenings still hard", "not ready to sort things"),
        worse=("grief more intense", "withdrawn from family", "sleep poor"),
    ),
    "couples": ThemeNotes(
        topics=(
            "an argument about money",
            "parenting disagreements",
            "trust after the affair",
            "feeling unheard",
            "how household tasks are shared",
        ),
        techniques=(_COUPLES, _PROBLEM_SOLVING, _VALIDATION),
        tasks=(
            Task("Weekly 20-minute check-in conversation", "Practise turn-taking"),
            Task("Notice and name one appreciation daily", "Shift the balance"),
            Task("Time-out plan when an argument escalates", "Stop escalation"),
        ),
        objectives=(
            "Hold a weekly check-in conversation without escalation",
            "Use the time-out plan in every escalating argument",
            "Reach a joint decision about the relationship",
        ),
        better=("fewer escalating arguments", "kept the check-in", "felt closer"),
        same=("same argument repeated", "check-in skipped", "still distant"),
        worse=("a big argument", "talk of separating", "trust feels broken again"),
    ),
    "substance": ThemeNotes(
        topics=(
            "cravings after work",
            "a lapse at a party",
            "drinking to sleep",
            "the cost of drinking for the family",
            "stress at home as a trigger",
        ),
        techniques=(_MOTIVATIONAL, _PROBLEM_SOLVING, _SLEEP, _MINDFULNESS),
        tasks=(
            Task("Drinking diary, every day", "See the pattern and triggers"),
            Task("Urge surfing when cravings hit", "Let the urge pass"),
            Task("Plan alcohol-free evenings", "Build new routines"),
            Task("List reasons for change on a card", "Keep motivation in view"),
        ),
        objectives=(
            "No more than 14 standard drinks a week, by diary",
            "Thirty consecutive days alcohol-free",
            "Name and plan for three high-risk situations",
        ),
        better=("fewer drinking days", "handled a craving", "sleeping without cannabis"),
        same=("drinking about the same", "cravings most evenings", "diary incomplete"),
        worse=("a heavy weekend", "drinking most nights", "missed work after drinking"),
    ),
    "ocd": ThemeNotes(
        topics=(
            "checking the stove before leaving",
            "intrusive thoughts at work",
            "washing after touching door handles",
            "reassurance-seeking",
        ),
        techniques=(_ERP, _MINDFULNESS, _THOUGHT_RECORD),
        tasks=(
            Task("Daily ERP practice from the hierarchy", "Learn anxiety falls without rituals"),
            Task("Delay checking by 10 minutes", "Weaken the ritual"),
            Task("Log urges and rituals", "Track progress"),
        ),
        objectives=(
            "Checking rituals under 30 minutes a day",
            "Complete the ERP hierarchy up to item 6",
            "Y-BOCS down by at least 35%",
        ),
        better=("less time checking", "resisted a ritual", "intrusive thoughts less sticky"),
        same=("checking about an hour a day", "still seeking reassurance", "urges strong"),
        worse=("rituals taking longer", "late for work from checking", "new compulsions"),
    ),
    "eating": ThemeNotes(
        topics=(
            "skipping lunch at work",
            "weighing every morning",
            "a family meal",
            "body checking",
        ),
        techniques=(_MEAL_PLAN, _THOUGHT_RECORD, _VALIDATION),
        tasks=(
            Task("Food monitoring record", "See eating patterns"),
            Task("Three meals and two snacks a day", "Regular eating"),
            Task("Weigh once a week only, in session", "Break the weighing cycle"),
        ),
        objectives=(
            "Eat three meals and two snacks on five days a week",
            "Weigh no more than once a week",
            "Weight stable on the agreed plan with the physician",
        ),
        better=("eating more regularly", "skipped the morning weigh-in", "less body checking"),
        same=("still skipping lunch", "weighing daily", "fear foods avoided"),
        worse=("restricting more", "weight down again", "dizzy at work"),
    ),
    "work": ThemeNotes(
        topics=(
            "a heavy week on night shifts",
            "a conflict with the manager",
            "working late again",
            "difficulty unwinding at home",
            "whether to change jobs",
        ),
        techniques=(_BOUNDARIES, _PROBLEM_SOLVING, _SLEEP, _MINDFULNESS),
        tasks=(
            Task("Leave work by 6 pm on three days", "Protect recovery time"),
            Task("Wind-down routine before bed", "Improve sleep"),
            Task("Say no to one extra request", "Practise boundaries"),
        ),
        objectives=(
            "Leave work on time three days a week",
            "Seven hours of sleep on most nights",
            "Take the full lunch break three days a week",
        ),
        better=("left on time twice", "sleeping better", "raised workload with the manager"),
        same=("still working late", "tired most days", "irritable at home"),
        worse=("exhausted", "took sick leave", "snapping at family"),
    ),
    "adhd": ThemeNotes(
        topics=(
            "a missed deadline",
            "procrastination on a report",
            "losing track of appointments",
            "homework battles at home",
        ),
        techniques=(_ORGANISATION, _PROBLEM_SOLVING, _THOUGHT_RECORD),
        tasks=(
            Task("Use the planner every morning", "Build the habit"),
            Task("25-minute focus blocks with breaks", "Start tasks sooner"),
            Task("Evening check of tomorrow's calendar", "Fewer missed appointments"),
        ),
        objectives=(
            "Planner used on at least 5 days a week",
            "Reports handed in by the deadline",
            "Homework started before 6 pm on school days",
        ),
        better=("planner used most days", "met the deadline", "less last-minute rush"),
        same=("planner used on and off", "still procrastinating", "one missed appointment"),
        worse=("several deadlines missed", "planner abandoned", "warning at work"),
    ),
    "child": ThemeNotes(
        topics=(
            "mornings before school",
            "a meltdown at home",
            "sleeping in their own bed",
            "feelings about the parents' separation",
            "friendships at school",
        ),
        techniques=(_PARENTING, _EXPOSURE, _BREATHING, _VALIDATION),
        tasks=(
            Task("Reward chart for getting to school", "Reinforce brave steps"),
            Task("Five minutes of special time daily (parent)", "Strengthen the relationship"),
            Task("Feelings thermometer at bedtime", "Name feelings"),
            Task("Bedtime routine and own bed, with check-ins", "Sleep independently"),
        ),
        objectives=(
            "Attend school on at least 4 days a week",
            "Fewer than two meltdowns a week, by parent report",
            "Sleep in own bed five nights a week",
        ),
        better=("made it to school every day", "fewer meltdowns", "slept in own bed"),
        same=("school mornings still hard", "meltdowns about the same", "clingy at bedtime"),
        worse=("missed three school days", "more outbursts", "trouble at school"),
    ),
    "emotion": ThemeNotes(
        topics=(
            "an argument that blew up",
            "urges to self-harm after a rejection",
            "intense anger at a friend",
            "feeling empty",
        ),
        techniques=(_DBT, _MINDFULNESS, _VALIDATION),
        tasks=(
            Task("Diary card every day", "Track urges and skills used"),
            Task("Practise TIPP when distress is above 7/10", "Ride out the urge"),
            Task("One opposite-action experiment", "Change the emotion's course"),
        ),
        objectives=(
            "Use a skill before acting on an urge, by diary card",
            "No more than one crisis call a month",
            "Complete the diary card on six days a week",
        ),
        better=("used skills twice when upset", "no self-harm", "fewer crisis calls"),
        same=("diary card half done", "urges most days", "relationship rows"),
        worse=("self-harmed once", "crisis call at the weekend", "very low and angry"),
    ),
}

#: Generic treatment-plan interventions, after the theme's own techniques.
_PLAN_FREQUENCY = ("weekly", "weekly", "every session", "fortnightly", "as needed")


# ---------------------------------------------------------------- note phrases

_ATTENDANCE = (
    "Arrived on time.",
    "Arrived a few minutes late (traffic).",
    "On time and engaged.",
    "Arrived early.",
)
_VIDEO = (
    "Seen by video from a private room at home; connection stable.",
    "Video session; client alone in the car during a break, parked.",
    "Seen by video; a brief drop in connection, reconnected.",
)
_APPEARANCE = (
    "Casually dressed, well groomed.",
    "Appropriately dressed.",
    "Dressed for work.",
)
_MOOD = {
    Course.IMPROVING: (
        "Mood 'better', affect brighter and reactive.",
        "Mood 'pretty good', affect full range.",
        "Mood 'okay', affect congruent and brighter than last time.",
    ),
    Course.STUCK: (
        "Mood 'so-so', affect mildly constricted.",
        "Mood 'the same', affect congruent.",
        "Mood 'tired', affect flat at times.",
    ),
    Course.WORSE: (
        "Mood 'low', affect constricted and tearful at times.",
        "Mood 'bad week', affect anxious and tense.",
        "Mood 'exhausted', affect flat.",
    ),
}
_MENTAL_STATUS = (
    "Speech normal rate and volume; thought process linear and goal-directed.",
    "Good eye contact and rapport; thoughts logical, no perceptual disturbance.",
    "Engaged throughout; insight and judgement fair to good.",
    "Speech coherent; no evidence of psychosis; oriented.",
)
_RISK_NONE = (
    "Denies suicidal ideation, intent or plan.",
    "Denies suicidal ideation and thoughts of self-harm.",
    "Risk check: denies SI/HI; no new risk factors.",
    "Denies thoughts of harming self or others.",
)
_RISK_MINOR = (
    "Denies thoughts of self-harm; parent reports no safety concerns.",
    "Denies suicidal ideation; safety plan remains in place with the parent.",
)
_RISK_RAISED = (
    "Reports passive thoughts of not wanting to wake up on two days; denies intent or plan. "
    "Safety plan reviewed and updated; client agrees to call 988 if thoughts intensify.",
    "Endorses fleeting suicidal thoughts this week without plan or intent; protective factors "
    "(family, pets, work) discussed. Safety plan reviewed; crisis numbers confirmed.",
)
_OPENING = {
    Course.IMPROVING: (
        "The client reports a better week overall: {symptom}.",
        "Client describes steady progress; {symptom}.",
        "The client says things are 'moving in the right direction': {symptom}.",
    ),
    Course.STUCK: (
        "The client describes the week as 'much the same': {symptom}.",
        "Client reports little change since last session; {symptom}.",
        "Mixed week: some good days, but {symptom}.",
    ),
    Course.WORSE: (
        "The client reports a harder week: {symptom}.",
        "Client describes things as getting worse; {symptom}.",
        "A difficult fortnight: {symptom}.",
    ),
}
_BROUGHT = (
    "Wanted to focus on {topic}.",
    "Brought {topic} to the session.",
    "Main concern today was {topic}.",
    "Much of the session was about {topic}.",
)
_REVIEW_SENTENCE = {
    HomeworkReview.DONE: (
        "Completed the homework ({what}): {note}",
        "Homework done ({what}); {note}",
    ),
    HomeworkReview.PARTLY: (
        "Partly completed the homework ({what}): {note}",
        "Homework partly done ({what}); {note}",
    ),
    HomeworkReview.NOT_DONE: (
        "Did not do the homework ({what}): {note}",
        "Homework not done ({what}); {note}",
    ),
    HomeworkReview.NOT_ASSIGNED: ("No homework had been set last time.",),
}
_REVIEW_NOTES = {
    HomeworkReview.DONE: (
        "found it helpful.",
        "noticed a clear pattern.",
        "easier than expected by the end of the week.",
        "did it on most days.",
    ),
    HomeworkReview.PARTLY: (
        "managed about half the days.",
        "started well, then a busy week got in the way.",
        "did it once, felt awkward.",
        "remembered only at weekends.",
    ),
    HomeworkReview.NOT_DONE: (
        "forgot about it.",
        "too busy at work.",
        "felt too low to start.",
        "was unsure what exactly to do.",
        "family visiting all week.",
    ),
    HomeworkReview.NOT_ASSIGNED: ("It turned out no task had been agreed.",),
}
#: The chances of done / partly / not done, by course.
_COMPLETION = {
    Course.IMPROVING: (62, 90, 100),
    Course.STUCK: (35, 70, 100),
    Course.WORSE: (20, 50, 100),
}
_ASSESSMENT = {
    Course.IMPROVING: (
        "Progress toward {goal} is good; the client is using skills more independently.",
        "Symptoms are reducing and functioning improving; engagement is strong.",
        "Making steady gains toward {goal}; the current approach is working.",
    ),
    Course.STUCK: (
        "Progress toward {goal} has plateaued; avoidance still maintains the problem.",
        "Little change in symptoms; engagement good but practice between sessions is limited.",
        "Partial progress; barriers to {goal} need more attention.",
    ),
    Course.WORSE: (
        "Symptoms have worsened; current stressors outweigh gains. Work toward {goal} is off "
        "track.",
        "Deterioration this period; the treatment plan needs review.",
        "Functioning has dropped; more support is indicated.",
    ),
}
_PLAN = {
    Course.IMPROVING: (
        "Continue current approach; next session as scheduled.",
        "Continue; begin planning for maintenance and fewer sessions.",
        "Next session as scheduled; move to the next step of the plan.",
    ),
    Course.STUCK: (
        "Continue; revisit the formulation next session and agree a smaller step.",
        "Next session as scheduled; troubleshoot barriers to practice.",
        "Continue; consider adding a different technique if no change in two sessions.",
    ),
    Course.WORSE: (
        "Review the treatment plan next session; discussed increasing session frequency.",
        "Suggested a GP appointment to review medication; next session as scheduled.",
        "Keep the safety plan active; next session in one week.",
    ),
}
_RESPONSE = {
    Course.IMPROVING: (
        "Client engaged well and could describe how to use the skill on their own.",
        "Receptive; reported feeling more hopeful by the end of the session.",
    ),
    Course.STUCK: (
        "Engaged but doubtful the technique will help; agreed to try it once more.",
        "Understood the rationale; expects practice to be hard this week.",
    ),
    Course.WORSE: (
        "Found it hard to engage today; tearful at times but settled by the end.",
        "Said the skill helps a little in the moment; feels overwhelmed overall.",
    ),
}
_NEW_TASK = (
    "Homework: {what}.",
    "Agreed homework: {what} ({why}).",
    "Between sessions: {what}.",
)
_NO_TASK = ("No homework set this week.", "No new homework; continue practising skills.")

_ADDENDA = (
    "Correction: the client's self-rated mood was {mood}/10, not as typed above.",
    "Addendum: the client called the next day to say the homework plan feels manageable.",
    "Addendum: releases of information for the GP were signed after the session.",
    "Correction: the session was held by video, not in the office.",
    "Addendum: the parent e-mailed to confirm the school meeting date.",
    "Addendum: consulted with a colleague about the formulation; no change to the plan.",
    "Addendum: the client left a voicemail reporting a better day; no risk concerns.",
)

_PROCESS = (
    "Noticed I was working harder than the client today; worth slowing down next time.",
    "Felt a pull to reassure when the client spoke about {topic}. Wonder whether that "
    "repeats the pattern with the family.",
    "Something in the silence after the question about {topic} felt important. Come back to it.",
    "I felt protective and a little anxious myself. Take to supervision.",
    "The client seemed to test whether I would be disappointed about the homework. "
    "Name this gently?",
    "Countertransference: irritation when the session was spent on small talk. Avoidance?",
    "Hypothesis: the focus on {topic} keeps a more painful subject at bay.",
    "Good alliance moment when the client laughed at their own harsh inner critic.",
    "Unsure about pacing; perhaps moving faster than the client is ready for.",
)

_QUESTIONS = (
    "Ask what the client hoped I would say about {topic}.",
    "Explore how endings have gone in other relationships.",
    "Supervision: am I colluding with the avoidance?",
    "What would change if {topic} got better?",
    "Check whether the pace feels right to the client.",
    "Bring up the missed homework without it feeling like a test.",
)
_SOCIAL = (
    "Close to a sibling; a small circle of friends, seen less often lately.",
    "Supportive partner; money has been tight this year.",
    "Lives alone; gets on with neighbours; misses family out of state.",
    "Works full-time; church community an important support.",
    "Lives with roommates; plays in a weekend football league.",
    "Married with children; extended family nearby and involved.",
)
_SOCIAL_MINOR = (
    "Lives with both parents and a younger sibling; doing well academically until recently.",
    "Parents separated last year; alternates weeks between homes.",
    "Lives with mother and grandmother; close to a cousin of the same age.",
    "Has a few close friends; plays in the school band.",
)
_MAINTAINED = {
    "anxiety": ("avoidance and reassurance-seeking", "worry as a way to feel prepared"),
    "depression": ("withdrawal and inactivity", "harsh self-criticism and rumination"),
    "trauma": ("avoidance of reminders and hypervigilance", "self-blame about the event"),
    "grief": ("avoidance of reminders of the loss", "guilt and isolation"),
    "couples": ("a pursue-withdraw cycle", "unspoken hurt and criticism"),
    "substance": ("drinking to manage stress and sleep", "using to avoid difficult feelings"),
    "ocd": ("checking and reassurance that relieve anxiety briefly", "avoidance of triggers"),
    "eating": ("restriction and body checking", "rules about food tied to self-worth"),
    "work": ("high standards and difficulty saying no", "little recovery time"),
    "adhd": ("disorganisation and last-minute working", "shame about missed deadlines"),
    "child": ("accommodation of avoidance at home", "inconsistent routines across homes"),
    "emotion": ("intense emotions with few regulation skills", "invalidating past relationships"),
}
_CONSULTATION = (
    "Explained how therapy here works, fees and confidentiality; client had good questions.",
    "Discussed what the client hopes for; a good fit for outpatient CBT.",
    "Talked through the practice's approach and availability; client keen to start.",
)
_GOAL_STATE = {
    Course.IMPROVING: ("achieved", "largely achieved", "good progress"),
    Course.STUCK: ("partly achieved", "some progress", "little change"),
    Course.WORSE: ("not achieved", "little change", "set aside"),
}

_INTAKE_PLAN = (
    "Offered weekly sessions; client agreed. Consent and policies reviewed and signed.",
    "Agreed to start with weekly sessions and review after eight. Consent reviewed.",
    "Recommended weekly CBT; fortnightly later. Practice policies discussed.",
)
_DISCHARGE_REASON = {
    Course.IMPROVING: (
        "Goals largely met; planned ending agreed together.",
        "Client feels ready to continue on their own; mutual decision to end.",
    ),
    Course.STUCK: (
        "Client chose to take a break from therapy; door left open to return.",
        "Ending by mutual agreement after limited progress; other options discussed.",
    ),
    Course.WORSE: (
        "Referred on for a more intensive level of care.",
        "Client moved to a specialist service better suited to current needs.",
    ),
}
_DISCHARGE_OUTCOME = {
    Course.IMPROVING: (
        "Marked reduction in symptoms; functioning restored at work and at home.",
        "Symptoms now mild; the client uses skills independently.",
    ),
    Course.STUCK: (
        "Modest change; some skills learned but core difficulties persist.",
        "Partial improvement in functioning; symptoms largely unchanged.",
    ),
    Course.WORSE: (
        "Symptoms higher than at intake; risk reviewed and managed throughout.",
        "Limited response to outpatient therapy.",
    ),
}
_DISCHARGE_RECOMMEND = (
    "Keep the relapse-prevention plan; contact the practice if early warning signs return.",
    "Booster session offered in three months if needed.",
    "Continue with the GP for medication review; crisis numbers given.",
    "Referral letter sent with the client's agreement.",
)


# ------------------------------------------------------------------- the writer


@dataclass
class ClientStory:
    """One client's therapy as its notes tell it."""

    theme: str
    complaint: str
    minor: bool
    course: Course
    goals: tuple[str, ...]
    techniques: tuple[Technique, ...]
    #: Self-rated mood (0–10) at the first session.
    mood: int
    #: Whether suicidal thoughts come up in sessions (a few clients).
    risk: bool
    process: bool = False
    sessions: int = 0
    open_tasks: list[Task] = field(default_factory=list)


@dataclass(frozen=True)
class IntakeTold:
    """What the client told at intake (the intake form's answers, as the demo made them)."""

    why_now: str
    hopes: str
    earlier_therapy: str
    medication: str
    medical: str
    substances: str
    risk_history: str
    life: str = ""


@dataclass(frozen=True)
class Review:
    task: Task
    review: HomeworkReview
    note: str


class NoteWriter:
    """Writes the demo's note texts; one seeded generator for all of them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.courses = [c for c, _ in COURSE_WEIGHTS]
        self.course_weights = list(itertools.accumulate(w for _, w in COURSE_WEIGHTS))

    def _pick(self, items: Sequence[str]) -> str:
        return items[int(self.rng.random() * len(items))]

    # --------------------------------------------------------------- clients

    def story(
        self, theme: str, complaint: str, minor: bool, goals: Sequence[str], ended: bool
    ) -> ClientStory:
        rng = self.rng
        notes = THEME_NOTES[theme]
        course = rng.choices(self.courses, cum_weights=self.course_weights)[0]
        if ended and course == Course.WORSE and rng.random() < 0.5:
            course = Course.STUCK
        count = min(len(notes.techniques), rng.choice((2, 2, 3)))
        techniques = tuple(rng.sample(notes.techniques, count))
        risky = theme in ("emotion", "depression") or (course == Course.WORSE)
        return ClientStory(
            theme=theme,
            complaint=complaint,
            minor=minor,
            course=course,
            goals=tuple(goals),
            techniques=techniques,
            mood=rng.randint(2, 5),
            risk=risky and rng.random() < (0.5 if theme == "emotion" else 0.15),
        )

    def plan(self, story: ClientStory, goal: str) -> tuple[list[str], list[str]]:
        """One or two objectives and one or two interventions for a treatment goal."""
        rng = self.rng
        notes = THEME_NOTES[story.theme]
        objectives = rng.sample(notes.objectives, min(len(notes.objectives), rng.randint(1, 2)))
        chosen = rng.sample(story.techniques, min(len(story.techniques), rng.randint(1, 2)))
        interventions = [f"{t.name}, {self._pick(_PLAN_FREQUENCY)}" for t in chosen]
        return objectives, interventions

    # ------------------------------------------------------------- homework

    def tasks(self, story: ClientStory) -> list[Task]:
        """One or two tasks agreed at the end of a session."""
        notes = THEME_NOTES[story.theme]
        count = 1 if self.rng.random() < 0.7 else 2
        return self.rng.sample(notes.tasks, count)

    def review(self, story: ClientStory, task: Task) -> Review:
        rng = self.rng
        if rng.random() < 0.01:
            status = HomeworkReview.NOT_ASSIGNED
        else:
            done, partly, _ = _COMPLETION[story.course]
            r = rng.random() * 100
            if story.course == Course.IMPROVING and story.sessions < 4:
                r += 15  # practice takes a few weeks to settle in
            status = (
                HomeworkReview.DONE
                if r < done
                else HomeworkReview.PARTLY
                if r < partly
                else HomeworkReview.NOT_DONE
            )
        note = self._pick(_REVIEW_NOTES[status])
        return Review(task, status, note[:1].upper() + note[1:])

    # --------------------------------------------------------------- progress

    def _mood(self, story: ClientStory, progress: float) -> int:
        """Self-rated mood (0–10) at this point of therapy."""
        drift = {Course.IMPROVING: 4.5, Course.STUCK: 0.5, Course.WORSE: -2.0}[story.course]
        mood = story.mood + drift * progress + self.rng.uniform(-1, 1)
        return max(1, min(9, round(mood)))

    def _week(self, story: ClientStory, progress: float) -> Course:
        """How this week went: mostly the course, with good and bad weeks."""
        r = self.rng.random()
        if story.course == Course.IMPROVING:
            if progress < 0.15:
                return Course.STUCK if r < 0.6 else Course.IMPROVING
            return Course.WORSE if r < 0.08 else Course.STUCK if r < 0.25 else Course.IMPROVING
        if story.course == Course.STUCK:
            return Course.IMPROVING if r < 0.2 else Course.WORSE if r < 0.35 else Course.STUCK
        return Course.STUCK if r < 0.3 else Course.WORSE

    def _risk(self, story: ClientStory, week: Course) -> str:
        if story.risk and week == Course.WORSE and self.rng.random() < 0.6:
            return self._pick(_RISK_RAISED)
        return self._pick(_RISK_MINOR if story.minor else _RISK_NONE)

    def _techniques(self, story: ClientStory, topic: str) -> str:
        rng = self.rng
        used = (
            [story.techniques[0]]
            if len(story.techniques) == 1
            else rng.sample(story.techniques, 1 if rng.random() < 0.7 else 2)
        )
        return " ".join(self._pick(t.done).format(topic=topic) for t in used)

    def session(
        self,
        story: ClientStory,
        template: str,
        progress: float,
        reviews: Sequence[Review],
        tasks: Sequence[Task],
        video: bool,
    ) -> dict[str, str]:
        """A progress note's texts, by the section keys of ``template`` (SOAP, DAP or BIRP)."""
        rng = self.rng
        notes = THEME_NOTES[story.theme]
        story.sessions += 1
        week = self._week(story, progress)
        symptom = self._pick(
            notes.better
            if week == Course.IMPROVING
            else notes.same
            if week == Course.STUCK
            else notes.worse
        )
        topic = self._pick(notes.topics)
        goal = f"'{self._pick(story.goals)}'" if story.goals else "the goals of therapy"

        said = [self._pick(_OPENING[week]).format(symptom=symptom)]
        said.append(self._pick(_BROUGHT).format(topic=topic))
        said.extend(self._reviewed(reviews))
        if story.minor and rng.random() < 0.5:
            said.append("Parent joined for the first part and reported a similar picture.")
        seen = [self._pick(_VIDEO) if video else self._pick(_ATTENDANCE)]
        if rng.random() < 0.5:
            seen.append(self._pick(_APPEARANCE))
        seen.append(self._pick(_MOOD[week]))
        seen.append(self._pick(_MENTAL_STATUS))
        risk = self._risk(story, week)
        done = self._techniques(story, topic)
        response = self._pick(_RESPONSE[week])
        assessment = self._pick(_ASSESSMENT[week]).format(goal=goal)
        plan = [self._pick(_PLAN[week]), *self._agreed(tasks)]
        measures = ""
        if rng.random() < 0.35:
            mood = self._mood(story, progress)
            measures = f"Self-rated mood this week: {mood}/10 (first session: {story.mood}/10)."

        if template == "DAP":
            return {
                "data": " ".join([*said, *seen, done]),
                "measures": measures,
                "assessment": f"{assessment} {response} {risk}",
                "plan": " ".join(plan),
            }
        if template == "BIRP":
            return {
                "behavior": " ".join([*said, *seen]),
                "measures": measures,
                "intervention": done,
                "response": f"{response} {assessment} {risk}",
                "plan": " ".join(plan),
            }
        return {
            "subjective": " ".join(said),
            "objective": " ".join(seen),
            "measures": measures,
            "assessment": f"{risk} {assessment}",
            "plan": " ".join([f"In session: {done[:1].lower()}{done[1:]}", response, *plan]),
        }

    def _reviewed(self, reviews: Sequence[Review]) -> list[str]:
        return [
            self._pick(_REVIEW_SENTENCE[r.review]).format(
                what=r.task.what[:1].lower() + r.task.what[1:], note=r.note.lower()
            )
            for r in reviews
        ]

    def _agreed(self, tasks: Sequence[Task]) -> list[str]:
        if not tasks:
            return [self._pick(_NO_TASK)]
        return [
            self._pick(_NEW_TASK).format(
                what=t.what[:1].lower() + t.what[1:], why=t.why[:1].lower() + t.why[1:]
            )
            for t in tasks
        ]

    def intake(
        self,
        story: ClientStory,
        told: IntakeTold,
        screens: str,
        tasks: Sequence[Task],
        video: bool,
    ) -> dict[str, str]:
        """An intake note's texts, by section key, from what the client told at intake."""
        who = "Client and parent attended." if story.minor else "Client attended alone."
        observed = [self._pick(_VIDEO) if video else self._pick(_ATTENDANCE)]
        observed.append(self._pick(_APPEARANCE))
        observed.append(self._pick(_MOOD[Course.WORSE if story.mood < 4 else Course.STUCK]))
        observed.append(self._pick(_MENTAL_STATUS))
        goals = "; ".join(story.goals) if story.goals else "to be agreed over the next sessions"
        maintained = self._pick(_MAINTAINED[story.theme])
        techniques = " and ".join(t.name[:1].lower() + t.name[1:] for t in story.techniques[:2])
        plan = [f"Proposed {techniques}.", self._pick(_INTAKE_PLAN), *self._agreed(tasks)]
        history = [
            f"Earlier therapy: {told.earlier_therapy or 'none reported.'}",
            f"Medication: {told.medication or 'none.'}",
            f"Medical: {told.medical or 'nothing of note.'}",
            f"Substances: {told.substances or 'not discussed.'}",
        ]
        social = [self._pick(_SOCIAL_MINOR if story.minor else _SOCIAL)]
        if told.life:
            social.insert(0, told.life)
        return {
            "presenting_problem": f"{told.why_now} {who} Hopes: {told.hopes[:1].lower()}"
            f"{told.hopes[1:]}",
            "history": " ".join(history),
            "social": " ".join(social),
            "mental_status": " ".join(observed),
            "risk": f"{told.risk_history} {self._risk(story, Course.STUCK)}".strip(),
            "measures": screens,
            "formulation": f"Difficulties maintained by {maintained}. Agreed goals: {goals}.",
            "plan": " ".join(plan),
        }

    def consultation(self, story: ClientStory) -> dict[str, str]:
        """A free consultation's short note (the "Free-form" template)."""
        complaint = story.complaint[:1].upper() + story.complaint[1:]
        return {
            "note": f"Free 15-minute consultation. Reason for contact: {complaint.lower()}. "
            f"{self._pick(_CONSULTATION)} Screened for urgency: "
            f"{self._pick(_RISK_MINOR if story.minor else _RISK_NONE).lower()} No crisis "
            "indicators; outpatient care is appropriate. Intake booked; the intake forms and "
            "the practice's policies will be sent by e-mail beforehand."
        }

    def discharge(self, story: ClientStory, sessions: int, first: str, last: str) -> dict[str, str]:
        """A discharge summary's texts, by section key."""
        techniques = ", ".join(t.name[:1].lower() + t.name[1:] for t in story.techniques)
        if story.goals:
            progress = " ".join(
                f"'{goal}': {self._pick(_GOAL_STATE[story.course])}." for goal in story.goals
            )
        else:
            progress = "No formal goals were set."
        return {
            "reason": self._pick(_DISCHARGE_REASON[story.course]),
            "course": f"Seen from {first} to {last}, {sessions} sessions, for "
            f"{story.complaint}. Work included {techniques}.",
            "progress": f"{progress} {self._pick(_DISCHARGE_OUTCOME[story.course])}",
            "status": f"{self._pick(_MOOD[story.course])} {self._risk(story, Course.STUCK)}",
            "recommendations": self._pick(_DISCHARGE_RECOMMEND),
        }

    def process(self, story: ClientStory) -> dict[str, str]:
        """A short private process note."""
        topic = self._pick(THEME_NOTES[story.theme].topics)
        return {
            "process": self._pick(_PROCESS).format(topic=topic, theme=story.theme),
            "questions": self._pick(_QUESTIONS).format(topic=topic)
            if self.rng.random() < 0.7
            else "",
        }

    def addendum(self) -> str:
        return self._pick(_ADDENDA).format(mood=self.rng.randint(3, 8))
