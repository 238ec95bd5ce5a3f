<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Offline, encrypted practice software for solo psychotherapists.</source>
            <translation>Verschlüsselte Offline-Praxissoftware für Psychotherapeuten in eigener Praxis.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing leaves this computer: Rapport never connects to the internet, and the practice is kept in one encrypted file.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nichts verlässt diesen Computer: Rapport verbindet sich nie mit dem Internet, und die Praxis liegt in einer einzigen verschlüsselten Datei.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>GNU General Public License, version 3 or later</source>
            <translation>GNU General Public License, Version 3 oder neuer</translation>
        </message>
        <message>
            <source>About Rapport</source>
            <translation>Über Rapport</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Rapport {version}&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Rapport {version}&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Datenordner: {folder}</translation>
        </message>
        <message>
            <source>Licence: {licence} ({identifier}).</source>
            <translation>Lizenz: {licence} ({identifier}).</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienten</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Abrechnung</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>The last automatic backup failed. {reason}</source>
            <translation>Die letzte automatische Sicherung ist fehlgeschlagen. {reason}</translation>
        </message>
        <message>
            <source>Your practice has not been backed up yet. Rapport makes the first backup by itself in a minute or so; you can also back up now.</source>
            <translation>Ihre Praxis wurde noch nicht gesichert. Rapport erstellt die erste Sicherung in etwa einer Minute von selbst; Sie können auch jetzt sichern.</translation>
        </message>
        <message numerus="yes">
            <source>Your practice has not been backed up for %n day(s) (the last good backup is from {date}).</source>
            <translation>
                <numerusform>Ihre Praxis wurde seit %n Tag nicht gesichert (die letzte erfolgreiche Sicherung ist vom {date}).</numerusform>
                <numerusform>Ihre Praxis wurde seit %n Tagen nicht gesichert (die letzte erfolgreiche Sicherung ist vom {date}).</numerusform>
            </translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>date format</comment>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} um {time} Uhr</translation>
        </message>
        <message>
            <source>{amount} kB</source>
            <translation>{amount} kB</translation>
        </message>
        <message>
            <source>{amount} MB</source>
            <translation>{amount} MB</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>die Datei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>The backup could not be written ({reason}).</source>
            <translation>Die Sicherung konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>An unexpected problem stopped the backup; the details are in the log file.</source>
            <translation>Ein unerwartetes Problem hat die Sicherung abgebrochen; Einzelheiten stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>The second folder {folder} cannot be reached (is the drive plugged in?), so no copy was made there.</source>
            <translation>Der zweite Ordner {folder} ist nicht erreichbar (ist das Laufwerk angeschlossen?); dort wurde keine Kopie erstellt.</translation>
        </message>
        <message>
            <source>The practice locked while the copy in the second folder was being made; the next backup makes it again.</source>
            <translation>Die Praxis wurde gesperrt, während die Kopie im zweiten Ordner entstand; die nächste Sicherung erstellt sie erneut.</translation>
        </message>
        <message>
            <source>No copy could be made in the second folder {folder}: {reason}</source>
            <translation>Im zweiten Ordner {folder} konnte keine Kopie erstellt werden: {reason}</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Bargeld</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Scheck</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Überweisung</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Check</source>
            <comment>payment method</comment>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>{name} (the client)</source>
            <translation>{name} (Klient)</translation>
        </message>
        <message>
            <source>guardian</source>
            <translation>Sorgeberechtigte(r)</translation>
        </message>
        <message>
            <source>{name} — {relation}, pays, can consent</source>
            <translation>{name} – {relation}, zahlt, kann einwilligen</translation>
        </message>
        <message>
            <source>{name} — {relation}, pays</source>
            <translation>{name} – {relation}, zahlt</translation>
        </message>
        <message>
            <source>{name} — {relation}, can consent</source>
            <translation>{name} – {relation}, kann einwilligen</translation>
        </message>
        <message>
            <source>{name} — {relation}</source>
            <translation>{name} – {relation}</translation>
        </message>
        <message>
            <source>New invoice</source>
            <translation>Neue Rechnung</translation>
        </message>
        <message>
            <source>Issue invoice</source>
            <translation>Rechnung ausstellen</translation>
        </message>
        <message>
            <source>These charges</source>
            <translation>Diese Posten</translation>
        </message>
        <message>
            <source>Every charge not invoiced yet, from</source>
            <translation>Alle noch nicht abgerechneten Posten von</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Posten</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Charges to invoice</source>
            <translation>Abzurechnende Posten</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Nothing waits to be invoiced: every charge is on an invoice or waived.</source>
            <translation>Es wartet nichts auf Abrechnung: Alle Posten stehen auf einer Rechnung oder sind erlassen.</translation>
        </message>
        <message>
            <source>Addressed to</source>
            <translation>Rechnungsempfänger</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>Rechnungsdatum</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamtbetrag</translation>
        </message>
        <message numerus="yes">
            <source>Payment is asked within %n day(s); any credit the client has is taken off at once. An issued invoice never changes: to correct one, void it and issue a new one.</source>
            <translation>
                <numerusform>Die Zahlung wird innerhalb von %n Tag erbeten; ein vorhandenes Guthaben des Klienten wird sofort abgezogen. Eine ausgestellte Rechnung ändert sich nie: Um sie zu korrigieren, stornieren Sie sie und stellen eine neue aus.</numerusform>
                <numerusform>Die Zahlung wird innerhalb von %n Tagen erbeten; ein vorhandenes Guthaben des Klienten wird sofort abgezogen. Eine ausgestellte Rechnung ändert sich nie: Um sie zu korrigieren, stornieren Sie sie und stellen eine neue aus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{amount}  (%n charge(s))</source>
            <translation>
                <numerusform>{amount}  (%n Posten)</numerusform>
                <numerusform>{amount}  (%n Posten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>Zahlung erfassen</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Zahlung erfassen</translation>
        </message>
        <message>
            <source>{cheque} number, transaction id … (optional)</source>
            <translation>{cheque}-Nummer, Transaktions-ID … (optional)</translation>
        </message>
        <message>
            <source>The oldest invoices first</source>
            <translation>Die ältesten Rechnungen zuerst</translation>
        </message>
        <message>
            <source>{number} of {date} · {amount} due</source>
            <translation>{number} vom {date} · {amount} offen</translation>
        </message>
        <message>
            <source>The client owes {amount}.</source>
            <translation>Der Klient schuldet {amount}.</translation>
        </message>
        <message>
            <source>The client is in credit by {amount}: a payment now is kept as more credit.</source>
            <translation>Der Klient hat ein Guthaben von {amount}: Eine Zahlung wird jetzt als weiteres Guthaben verbucht.</translation>
        </message>
        <message>
            <source>Nothing is owed now: a payment is kept as credit for the next invoice.</source>
            <translation>Derzeit ist nichts offen: Eine Zahlung wird als Guthaben für die nächste Rechnung verbucht.</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Bezahlt am</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Zahlungsart</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Pays</source>
            <translation>Begleicht</translation>
        </message>
        <message>
            <source>More than the {amount} owed. Lower the amount, or press Record payment again and choose to keep the rest as credit.</source>
            <translation>Mehr als die offenen {amount}. Verringern Sie den Betrag, oder klicken Sie erneut auf „Zahlung erfassen“ und lassen Sie den Rest als Guthaben verbuchen.</translation>
        </message>
        <message>
            <source>More than what is owed. Lower the amount, or press Record payment again and choose to keep the rest as credit.</source>
            <translation>Mehr als der offene Betrag. Verringern Sie den Betrag, oder klicken Sie erneut auf „Zahlung erfassen“ und lassen Sie den Rest als Guthaben verbuchen.</translation>
        </message>
        <message>
            <source>Nothing is owed now. Keep this payment of {amount} as credit? It is taken off the client's next invoice.</source>
            <translation>Derzeit ist nichts offen. Diese Zahlung von {amount} als Guthaben verbuchen? Es wird von der nächsten Rechnung des Klienten abgezogen.</translation>
        </message>
        <message>
            <source>{amount} is {extra} more than the {owed} the client owes. Keep {extra} as credit? It is taken off the client's next invoice.</source>
            <translation>{amount} sind {extra} mehr als die {owed}, die der Klient schuldet. {extra} als Guthaben verbuchen? Es wird von der nächsten Rechnung des Klienten abgezogen.</translation>
        </message>
        <message>
            <source>More than is owed</source>
            <translation>Mehr als der offene Betrag</translation>
        </message>
        <message>
            <source>Keep as credit</source>
            <translation>Als Guthaben verbuchen</translation>
        </message>
        <message>
            <source>Change the amount</source>
            <translation>Betrag ändern</translation>
        </message>
        <message>
            <source>Add a charge</source>
            <translation>Posten hinzufügen</translation>
        </message>
        <message>
            <source>Add charge</source>
            <translation>Posten hinzufügen</translation>
        </message>
        <message>
            <source>e.g. Report for the school</source>
            <translation>z. B. Bericht für die Schule</translation>
        </message>
        <message>
            <source>For work other than sessions. The charge waits for the next invoice; its description is printed on it.</source>
            <translation>Für Leistungen außerhalb von Sitzungen. Der Posten kommt auf die nächste Rechnung; seine Beschreibung wird darauf gedruckt.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Waive a charge</source>
            <translation>Posten erlassen</translation>
        </message>
        <message>
            <source>Waive charge</source>
            <translation>Posten erlassen</translation>
        </message>
        <message>
            <source>The client will not be asked to pay it. The charge stays on the account, marked waived with your reason, and the waiver is kept in the audit log.</source>
            <translation>Der Klient muss ihn nicht bezahlen. Der Posten bleibt im Konto, als erlassen markiert mit Ihrer Begründung, und der Erlass wird im Prüfprotokoll festgehalten.</translation>
        </message>
        <message>
            <source>e.g. Snowstorm; first late cancellation</source>
            <translation>z. B. Schneesturm; erste kurzfristige Absage</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Write off</source>
            <translation>Abschreiben</translation>
        </message>
        <message>
            <source>The client owes {amount}. A write-off settles their oldest invoices first and stays on the account with its reason; it can be voided if it was a mistake.</source>
            <translation>Der Klient schuldet {amount}. Eine Abschreibung begleicht zuerst die ältesten Rechnungen und bleibt mit ihrer Begründung im Konto; war sie ein Irrtum, kann sie storniert werden.</translation>
        </message>
        <message>
            <source>e.g. Hardship agreed at the last session</source>
            <translation>z. B. In der letzten Sitzung vereinbarter Härtefall</translation>
        </message>
        <message>
            <source>Void invoice {number}</source>
            <translation>Rechnung {number} stornieren</translation>
        </message>
        <message>
            <source>Void invoice</source>
            <translation>Rechnung stornieren</translation>
        </message>
        <message>
            <source>Invoice {number} of {date} · {total}</source>
            <translation>Rechnung {number} vom {date} · {total}</translation>
        </message>
        <message>
            <source>The invoice keeps its number and is marked VOID; it is never deleted. Its charges become uninvoiced again, so you can issue a new, corrected invoice for them. The {paid} already paid on it goes back to the client's account: it pays their other open invoices, or waits as credit for the new one.</source>
            <translation>Die Rechnung behält ihre Nummer und wird als STORNIERT markiert; sie wird nie gelöscht. Ihre Posten gelten wieder als nicht abgerechnet, sodass Sie dafür eine neue, korrigierte Rechnung ausstellen können. Die bereits darauf gezahlten {paid} gehen zurück auf das Konto des Klienten: Sie begleichen seine anderen offenen Rechnungen oder bleiben als Guthaben für die neue Rechnung stehen.</translation>
        </message>
        <message>
            <source>The invoice keeps its number and is marked VOID; it is never deleted. Its charges become uninvoiced again, so you can issue a new, corrected invoice for them.</source>
            <translation>Die Rechnung behält ihre Nummer und wird als STORNIERT markiert; sie wird nie gelöscht. Ihre Posten gelten wieder als nicht abgerechnet, sodass Sie dafür eine neue, korrigierte Rechnung ausstellen können.</translation>
        </message>
        <message>
            <source>e.g. Wrong payer; reissued to the mother</source>
            <translation>z. B. Falscher Rechnungsempfänger; neu an die Mutter ausgestellt</translation>
        </message>
        <message>
            <source>Void a payment</source>
            <translation>Zahlung stornieren</translation>
        </message>
        <message>
            <source>Void payment</source>
            <translation>Zahlung stornieren</translation>
        </message>
        <message>
            <source>Void a write-off</source>
            <translation>Abschreibung stornieren</translation>
        </message>
        <message>
            <source>Void write-off</source>
            <translation>Abschreibung stornieren</translation>
        </message>
        <message>
            <source>Written off</source>
            <translation>Abgeschrieben</translation>
        </message>
        <message>
            <source>{how} · {amount} on {date}</source>
            <translation>{how} · {amount} am {date}</translation>
        </message>
        <message>
            <source>e.g. The check bounced</source>
            <translation>z. B. Der Scheck ist geplatzt</translation>
        </message>
        <message>
            <source>e.g. Written off by mistake</source>
            <translation>z. B. Versehentlich abgeschrieben</translation>
        </message>
        <message>
            <source>The payment no longer counts: the client's balance goes up by {amount}. It stays on the account, marked void with your reason.</source>
            <translation>Die Zahlung zählt nicht mehr: Der Saldo des Klienten erhöht sich um {amount}. Sie bleibt im Konto, als storniert markiert mit Ihrer Begründung.</translation>
        </message>
        <message>
            <source>The write-off no longer counts: the client's balance goes up by {amount}. It stays on the account, marked void with your reason.</source>
            <translation>Die Abschreibung zählt nicht mehr: Der Saldo des Klienten erhöht sich um {amount}. Sie bleibt im Konto, als storniert markiert mit Ihrer Begründung.</translation>
        </message>
        <message numerus="yes">
            <source>The payment no longer counts: the client's balance goes up by {amount}, making invoice(s) {numbers} due again. It stays on the account, marked void with your reason.</source>
            <translation>
                <numerusform>Die Zahlung zählt nicht mehr: Der Saldo des Klienten erhöht sich um {amount}, wodurch Rechnung {numbers} wieder fällig wird. Sie bleibt im Konto, als storniert markiert mit Ihrer Begründung.</numerusform>
                <numerusform>Die Zahlung zählt nicht mehr: Der Saldo des Klienten erhöht sich um {amount}, wodurch die Rechnungen {numbers} wieder fällig werden. Sie bleibt im Konto, als storniert markiert mit Ihrer Begründung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The write-off no longer counts: the client's balance goes up by {amount}, making invoice(s) {numbers} due again. It stays on the account, marked void with your reason.</source>
            <translation>
                <numerusform>Die Abschreibung zählt nicht mehr: Der Saldo des Klienten erhöht sich um {amount}, wodurch Rechnung {numbers} wieder fällig wird. Sie bleibt im Konto, als storniert markiert mit Ihrer Begründung.</numerusform>
                <numerusform>Die Abschreibung zählt nicht mehr: Der Saldo des Klienten erhöht sich um {amount}, wodurch die Rechnungen {numbers} wieder fällig werden. Sie bleibt im Konto, als storniert markiert mit Ihrer Begründung.</numerusform>
            </translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Vormonat</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Vorjahr</translation>
        </message>
        <message>
            <source>The first day must come before the last.</source>
            <translation>Der erste Tag muss vor dem letzten liegen.</translation>
        </message>
        <message>
            <source>No invoice</source>
            <translation>Keine Rechnung</translation>
        </message>
        <message>
            <source>The invoice could not be made.</source>
            <translation>Die Rechnung konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>Keine Quittung</translation>
        </message>
        <message>
            <source>The receipt could not be made.</source>
            <translation>Die Quittung konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>No statement</source>
            <translation>Kein Kontoauszug</translation>
        </message>
        <message>
            <source>The statement could not be made.</source>
            <translation>Der Kontoauszug konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>No superbill</source>
            <translation>Kein Leistungsnachweis</translation>
        </message>
        <message>
            <source>The superbill could not be made.</source>
            <translation>Der Leistungsnachweis konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>No document</source>
            <translation>Kein Dokument</translation>
        </message>
        <message>
            <source>The document could not be made.</source>
            <translation>Das Dokument konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Invoice {number} — {client}</source>
            <translation>Rechnung {number} – {client}</translation>
        </message>
        <message>
            <source>Receipt {number} — {client}</source>
            <translation>Quittung {number} – {client}</translation>
        </message>
        <message>
            <source>Statement — {client}</source>
            <translation>Kontoauszug – {client}</translation>
        </message>
        <message>
            <source>Superbill — {client}</source>
            <translation>Leistungsnachweis – {client}</translation>
        </message>
        <message>
            <source>0–30 days</source>
            <translation>0–30 Tage</translation>
        </message>
        <message>
            <source>31–60 days</source>
            <translation>31–60 Tage</translation>
        </message>
        <message>
            <source>61–90 days</source>
            <translation>61–90 Tage</translation>
        </message>
        <message>
            <source>90+ days</source>
            <translation>90+ Tage</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Rechnungen</translation>
        </message>
        <message>
            <source>Oldest invoice</source>
            <translation>Älteste Rechnung</translation>
        </message>
        <message>
            <source>What each client still owes on the invoices you issued, aged from each invoice's date. Double-click a client, or press Enter, to open their account. Money paid in advance is listed beneath: the client's next invoice takes it.</source>
            <translation>Was jeder Klient auf die von Ihnen ausgestellten Rechnungen noch schuldet, gestaffelt nach Rechnungsdatum. Doppelklicken Sie auf einen Klienten oder drücken Sie die Eingabetaste, um sein Konto zu öffnen. Vorauszahlungen sind darunter aufgeführt: Sie werden mit der nächsten Rechnung des Klienten verrechnet.</translation>
        </message>
        <message numerus="yes">
            <source>The oldest unpaid invoice is %Ln day(s) old.</source>
            <translation>
                <numerusform>Die älteste unbezahlte Rechnung ist %Ln Tag alt.</numerusform>
                <numerusform>Die älteste unbezahlte Rechnung ist %Ln Tage alt.</numerusform>
            </translation>
        </message>
        <message>
            <source>In credit: {clients}.</source>
            <translation>Guthaben: {clients}.</translation>
        </message>
        <message>
            <source>Nothing is outstanding: every invoice is paid.</source>
            <translation>Nichts ist offen: Alle Rechnungen sind bezahlt.</translation>
        </message>
        <message numerus="yes">
            <source>Owed by %Ln client(s): {total}, {over_90} of it for more than 90 days.</source>
            <translation>
                <numerusform>%Ln Klient schuldet {total}, davon {over_90} seit mehr als 90 Tagen.</numerusform>
                <numerusform>%Ln Klienten schulden {total}, davon {over_90} seit mehr als 90 Tagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owed by %Ln client(s): {total}.</source>
            <translation>
                <numerusform>%Ln Klient schuldet {total}.</numerusform>
                <numerusform>%Ln Klienten schulden {total}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Posten</translation>
        </message>
        <message>
            <source>Paid in advance</source>
            <translation>Vorauszahlung</translation>
        </message>
        <message>
            <source>Oldest charge</source>
            <translation>Ältester Posten</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Alle auswählen</translation>
        </message>
        <message>
            <source>Issue invoices…</source>
            <translation>Rechnungen ausstellen…</translation>
        </message>
        <message>
            <source>Sessions held, late cancellations, missed appointments and other charges that are not on an invoice yet. Issuing makes one invoice per ticked client for all of their charges, dated today and addressed to whoever pays (a paying guardian for a minor); money paid in advance is taken off it.</source>
            <translation>Stattgefundene Sitzungen, kurzfristige Absagen, versäumte Termine und sonstige Posten, die noch auf keiner Rechnung stehen. Beim Ausstellen entsteht für jeden angekreuzten Klienten eine Rechnung über alle seine Posten, mit heutigem Datum und adressiert an den Zahlenden (bei Minderjährigen eine zahlende sorgeberechtigte Person); Vorauszahlungen werden davon abgezogen.</translation>
        </message>
        <message>
            <source>Paid in advance: the invoice takes it off what is due.</source>
            <translation>Vorauszahlung: Die Rechnung zieht sie vom fälligen Betrag ab.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) with charges to invoice</source>
            <translation>
                <numerusform>%Ln Klient mit abzurechnenden Posten</numerusform>
                <numerusform>%Ln Klienten mit abzurechnenden Posten</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to invoice: every charge is on an invoice.</source>
            <translation>Nichts abzurechnen: Alle Posten stehen auf einer Rechnung.</translation>
        </message>
        <message numerus="yes">
            <source>{ticked} of %Ln client(s) ticked: {amount}</source>
            <translation>
                <numerusform>{ticked} von %Ln Klient angekreuzt: {amount}</numerusform>
                <numerusform>{ticked} von %Ln Klienten angekreuzt: {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issue %Ln invoice(s)…</source>
            <translation>
                <numerusform>%Ln Rechnung ausstellen…</numerusform>
                <numerusform>%Ln Rechnungen ausstellen…</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue invoices</source>
            <translation>Rechnungen ausstellen</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Ausstellen</translation>
        </message>
        <message numerus="yes">
            <source>Issue %Ln invoice(s) dated {date}?</source>
            <translation>
                <numerusform>%Ln Rechnung mit Datum {date} ausstellen?</numerusform>
                <numerusform>%Ln Rechnungen mit Datum {date} ausstellen?</numerusform>
            </translation>
        </message>
        <message>
            <source>One invoice per client for all their charges not invoiced yet, {total} in all. An issued invoice cannot be changed: a mistake is corrected by voiding it and issuing a new one.</source>
            <translation>Eine Rechnung pro Klient über alle noch nicht abgerechneten Posten, insgesamt {total}. Eine ausgestellte Rechnung kann nicht geändert werden: Ein Fehler wird korrigiert, indem Sie sie stornieren und eine neue ausstellen.</translation>
        </message>
        <message numerus="yes">
            <source>Issuing %Ln invoice(s)…</source>
            <translation>
                <numerusform>%Ln Rechnung wird ausgestellt…</numerusform>
                <numerusform>%Ln Rechnungen werden ausgestellt…</numerusform>
            </translation>
        </message>
        <message>
            <source>No invoice was issued. {reason}</source>
            <translation>Es wurde keine Rechnung ausgestellt. {reason}</translation>
        </message>
        <message>
            <source>Nothing was left to invoice.</source>
            <translation>Es war nichts mehr abzurechnen.</translation>
        </message>
        <message>
            <source>Issued invoice {number}.</source>
            <translation>Rechnung {number} ausgestellt.</translation>
        </message>
        <message numerus="yes">
            <source>Issued %Ln invoice(s), {first} to {last}.</source>
            <translation>
                <numerusform>%Ln Rechnung ausgestellt, {first} bis {last}.</numerusform>
                <numerusform>%Ln Rechnungen ausgestellt, {first} bis {last}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoices issued</source>
            <translation>Rechnungen ausgestellt</translation>
        </message>
        <message>
            <source>Each client's account shows their new invoice, to print or save from there.</source>
            <translation>Im Konto jedes Klienten steht jetzt seine neue Rechnung; dort können Sie sie drucken oder speichern.</translation>
        </message>
        <message>
            <source>You can save them all as PDFs now, or print each from the client's account.</source>
            <translation>Sie können jetzt alle als PDF speichern oder jede einzeln im Konto des Klienten drucken.</translation>
        </message>
        <message>
            <source>Save all as PDFs…</source>
            <translation>Alle als PDF speichern…</translation>
        </message>
        <message>
            <source>Save the invoices in…</source>
            <translation>Rechnungen speichern in…</translation>
        </message>
        <message numerus="yes">
            <source>Saving %Ln invoice(s) as PDFs…</source>
            <translation>
                <numerusform>%Ln Rechnung wird als PDF gespeichert…</numerusform>
                <numerusform>%Ln Rechnungen werden als PDF gespeichert…</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Saving invoices</source>
            <translation>Rechnungen werden gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln invoice(s) as PDFs in {folder} (stopped before the end).</source>
            <translation>
                <numerusform>%Ln Rechnung als PDF in {folder} gespeichert (vor dem Ende angehalten).</numerusform>
                <numerusform>%Ln Rechnungen als PDF in {folder} gespeichert (vor dem Ende angehalten).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln invoice(s) as PDFs in {folder}.</source>
            <translation>
                <numerusform>%Ln Rechnung als PDF in {folder} gespeichert.</numerusform>
                <numerusform>%Ln Rechnungen als PDF in {folder} gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The PDFs were not all saved: {reason}</source>
            <translation>Nicht alle PDFs wurden gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Charged</source>
            <translation>Berechnet</translation>
        </message>
        <message>
            <source>Waived</source>
            <translation>Erlassen</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>Charged for</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Zahlungsart</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Export CSV for your accountant…</source>
            <translation>CSV für Ihre Steuerberatung exportieren…</translation>
        </message>
        <message>
            <source>By service</source>
            <translation>Nach Leistung</translation>
        </message>
        <message>
            <source>Payments by method</source>
            <translation>Zahlungen nach Zahlungsart</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Nach Monat</translation>
        </message>
        <message>
            <source>Charges count in the month of the session or charge; payments and write-offs in the month they were received or given up. The CSV holds dates, invoice and receipt numbers, client codes, services and amounts: no names and no clinical content.</source>
            <translation>Posten zählen im Monat der Sitzung bzw. des Postens; Zahlungen und Abschreibungen im Monat, in dem sie eingegangen bzw. vorgenommen wurden. Die CSV-Datei enthält Daten, Rechnungs- und Quittungsnummern, Klientencodes, Leistungen und Beträge: keine Namen und keine klinischen Inhalte.</translation>
        </message>
        <message>
            <source>The report could not be read: {reason}</source>
            <translation>Der Bericht konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{year}: {charged} charged (after waivers), {received} received, {written_off} written off.</source>
            <translation>{year}: {charged} berechnet (nach Erlassen), {received} eingegangen, {written_off} abgeschrieben.</translation>
        </message>
        <message>
            <source>{year}: {charged} charged (after waivers), {received} received.</source>
            <translation>{year}: {charged} berechnet (nach Erlassen), {received} eingegangen.</translation>
        </message>
        <message>
            <source>Export for your accountant</source>
            <translation>Export für Ihre Steuerberatung</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Exporting {year}…</source>
            <translation>{year} wird exportiert…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln line(s) of {year} to {path}. It holds no names and no clinical content.</source>
            <translation>
                <numerusform>%Ln Zeile aus {year} in {path} gespeichert. Die Datei enthält keine Namen und keine klinischen Inhalte.</numerusform>
                <numerusform>%Ln Zeilen aus {year} in {path} gespeichert. Die Datei enthält keine Namen und keine klinischen Inhalte.</numerusform>
            </translation>
        </message>
        <message>
            <source>The CSV was not saved: {reason}</source>
            <translation>Die CSV-Datei wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>To invoice</source>
            <translation>Abzurechnen</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>The billing figures could not be read: {reason}</source>
            <translation>Die Abrechnungszahlen konnten nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{name} has not signed a consent yet.</source>
            <translation>{name} hat noch keine Einwilligung unterschrieben.</translation>
        </message>
        <message>
            <source>{name} signed an older version of the consent.</source>
            <translation>{name} hat eine ältere Version der Einwilligung unterschrieben.</translation>
        </message>
        <message>
            <source>{name} revoked their consent.</source>
            <translation>{name} hat die Einwilligung widerrufen.</translation>
        </message>
        <message>
            <source>{name} has no current consent.</source>
            <translation>{name} hat keine aktuelle Einwilligung.</translation>
        </message>
        <message>
            <source>At the practice</source>
            <translation>In der Praxis</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Erschienen</translation>
        </message>
        <message>
            <source>Cancelled by the client</source>
            <translation>Vom Klienten abgesagt</translation>
        </message>
        <message>
            <source>Cancelled by you</source>
            <translation>Von Ihnen abgesagt</translation>
        </message>
        <message>
            <source>Late cancellation</source>
            <translation>Kurzfristige Absage</translation>
        </message>
        <message>
            <source>Did not attend</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>Move only this session, this and the following sessions, or all of them?</source>
            <translation>Nur diese Sitzung verschieben, diese und die folgenden Sitzungen oder alle?</translation>
        </message>
        <message>
            <source>Change only this session, this and the following sessions, or all of them?</source>
            <translation>Nur diese Sitzung ändern, diese und die folgenden Sitzungen oder alle?</translation>
        </message>
        <message>
            <source>Cancel only this session, this and the following sessions, or all of them?</source>
            <translation>Nur diese Sitzung absagen, diese und die folgenden Sitzungen oder alle?</translation>
        </message>
        <message>
            <source>A recurring appointment</source>
            <translation>Ein Serientermin</translation>
        </message>
        <message>
            <source>Only this session</source>
            <translation>Nur diese Sitzung</translation>
        </message>
        <message>
            <source>This and following</source>
            <translation>Diese und folgende</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Alle Sitzungen</translation>
        </message>
        <message>
            <source>Client or enquiry: name, code or phone</source>
            <translation>Klient oder Anfrage: Name, Code oder Telefon</translation>
        </message>
        <message>
            <source>Client's name or code</source>
            <translation>Name oder Code des Klienten</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>{name} · enquiry (free consultation only)</source>
            <translation>{name} · Anfrage (nur kostenloses Erstgespräch)</translation>
        </message>
        <message>
            <source>{name} (enquiry)</source>
            <translation>{name} (Anfrage)</translation>
        </message>
        <message>
            <source>Booking for {person}</source>
            <translation>Termin für {person}</translation>
        </message>
        <message>
            <source>New appointment</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>A short private memo (never exported)</source>
            <translation>Ein kurzer privater Vermerk (wird nie exportiert)</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Keine Wiederholung</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <source>Every 2 weeks</source>
            <translation>Alle 2 Wochen</translation>
        </message>
        <message>
            <source>Monthly, same weekday</source>
            <translation>Monatlich, gleicher Wochentag</translation>
        </message>
        <message>
            <source>After</source>
            <comment>a series ends after a number of sessions</comment>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>On</source>
            <comment>a series ends on a date</comment>
            <translation>Am</translation>
        </message>
        <message>
            <source> sessions</source>
            <translation> Sitzungen</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Leistung</translation>
        </message>
        <message>
            <source>for</source>
            <comment>an appointment's length</comment>
            <translation>für</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Endet</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Vermerk</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>Client cancelled</source>
            <translation>Klient hat abgesagt</translation>
        </message>
        <message>
            <source>I cancelled</source>
            <translation>Ich habe abgesagt</translation>
        </message>
        <message>
            <source>Back to scheduled</source>
            <translation>Zurück auf geplant</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>Sitzung beginnen</translation>
        </message>
        <message>
            <source>Open the session workspace: check-in, homework, the note</source>
            <translation>Sitzungsansicht öffnen: Check-in, Hausaufgaben, Notiz</translation>
        </message>
        <message>
            <source>no charge</source>
            <translation>kostenfrei</translation>
        </message>
        <message>
            <source>{service} · {minutes} min · {fee}</source>
            <translation>{service} · {minutes} Min. · {fee}</translation>
        </message>
        <message>
            <source>owes {amount}</source>
            <translation>offen: {amount}</translation>
        </message>
        <message>
            <source>part of a series</source>
            <translation>Teil einer Serie</translation>
        </message>
        <message>
            <source>booked without a current consent</source>
            <translation>ohne aktuelle Einwilligung gebucht</translation>
        </message>
        <message>
            <source>No charge for this session.</source>
            <translation>Für diese Sitzung fällt kein Honorar an.</translation>
        </message>
        <message>
            <source>Charge {amount} · waived: {reason}</source>
            <translation>Posten {amount} · erlassen: {reason}</translation>
        </message>
        <message>
            <source>Charge {amount} · invoiced as {number}</source>
            <translation>Posten {amount} · abgerechnet mit {number}</translation>
        </message>
        <message>
            <source>View invoice</source>
            <translation>Rechnung anzeigen</translation>
        </message>
        <message>
            <source>Charge {amount} · not invoiced</source>
            <translation>Posten {amount} · nicht abgerechnet</translation>
        </message>
        <message>
            <source>Invoice this session…</source>
            <translation>Diese Sitzung abrechnen…</translation>
        </message>
        <message>
            <source>Issue an invoice for this session ({amount}) to {payer}, dated today? Use the client's Billing tab to invoice several sessions at once.</source>
            <translation>Eine Rechnung für diese Sitzung ({amount}) an {payer} mit heutigem Datum ausstellen? Um mehrere Sitzungen auf einmal abzurechnen, verwenden Sie den Reiter „Abrechnung“ des Klienten.</translation>
        </message>
        <message>
            <source>Invoice this session</source>
            <translation>Diese Sitzung abrechnen</translation>
        </message>
        <message>
            <source>Choose who the appointment is with.</source>
            <translation>Wählen Sie, mit wem der Termin stattfindet.</translation>
        </message>
        <message>
            <source>Outside working hours</source>
            <translation>Außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>{problem}

Book it anyway?</source>
            <translation>{problem}

Trotzdem buchen?</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>You can start the consent now, or book anyway — the booking will note that the consent was not current.</source>
            <translation>Sie können die Einwilligung jetzt beginnen oder trotzdem buchen – bei der Buchung wird vermerkt, dass die Einwilligung nicht aktuell war.</translation>
        </message>
        <message>
            <source>Start consent…</source>
            <translation>Einwilligung beginnen…</translation>
        </message>
        <message>
            <source>Book anyway</source>
            <translation>Trotzdem buchen</translation>
        </message>
        <message>
            <source>Find a free slot</source>
            <translation>Freien Termin finden</translation>
        </message>
        <message>
            <source>{service} ({minutes} min)</source>
            <translation>{service} ({minutes} Min.)</translation>
        </message>
        <message>
            <source>Book this slot…</source>
            <translation>Diesen Termin buchen…</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Free times within your working hours, soonest first:</source>
            <translation>Freie Zeiten innerhalb Ihrer Arbeitszeit, früheste zuerst:</translation>
        </message>
        <message>
            <source>{weekday} {date}, {time}</source>
            <translation>{weekday}, {date}, {time}</translation>
        </message>
        <message>
            <source>No free slot in the next 8 weeks.</source>
            <translation>Kein freier Termin in den nächsten 8 Wochen.</translation>
        </message>
        <message>
            <source>✗ no-show · {who}</source>
            <translation>✗ nicht erschienen · {who}</translation>
        </message>
        <message>
            <source>late-cancelled · {who}</source>
            <translation>kurzfristig abgesagt · {who}</translation>
        </message>
        <message>
            <source>cancelled · {who}</source>
            <translation>abgesagt · {who}</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s) from {first} to {last}</source>
            <translation>
                <numerusform>%n Termin von {first} bis {last}</numerusform>
                <numerusform>%n Termine von {first} bis {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}, {time}: {who}, {service}</source>
            <translation>{day}, {time}: {who}, {service}</translation>
        </message>
        <message>
            <source>{appointment}. Enter opens it. {period}</source>
            <translation>{appointment}. Mit der Eingabetaste öffnen. {period}</translation>
        </message>
        <message>
            <source>{service} · video</source>
            <translation>{service} · Video</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Stored as</source>
            <translation>Gespeichert als</translation>
        </message>
        <message>
            <source>Title in the file</source>
            <translation>Titel in der Datei</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>To create</source>
            <translation>Anzulegen</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>{status} — no signed consent yet</source>
            <translation>{status} – noch keine unterschriebene Einwilligung</translation>
        </message>
        <message>
            <source>{status} — consent on an older version</source>
            <translation>{status} – Einwilligung in älterer Version</translation>
        </message>
        <message>
            <source>{status} — consent revoked</source>
            <translation>{status} – Einwilligung widerrufen</translation>
        </message>
        <message>
            <source>{status} — no valid consent</source>
            <translation>{status} – keine gültige Einwilligung</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <source>All in the past: stored as attended.</source>
            <translation>Alle in der Vergangenheit: als erschienen gespeichert.</translation>
        </message>
        <message>
            <source>All in the past: kept as scheduled.</source>
            <translation>Alle in der Vergangenheit: bleiben geplant.</translation>
        </message>
        <message>
            <source>It is in the past: stored as attended.</source>
            <translation>Liegt in der Vergangenheit: als erschienen gespeichert.</translation>
        </message>
        <message>
            <source>It is in the past: kept as scheduled.</source>
            <translation>Liegt in der Vergangenheit: bleibt geplant.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them in the past, stored as attended.</source>
            <translation>
                <numerusform>%Ln davon in der Vergangenheit, als erschienen gespeichert.</numerusform>
                <numerusform>%Ln davon in der Vergangenheit, als erschienen gespeichert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them in the past, kept as scheduled.</source>
            <translation>
                <numerusform>%Ln davon in der Vergangenheit, bleibt geplant.</numerusform>
                <numerusform>%Ln davon in der Vergangenheit, bleiben geplant.</numerusform>
            </translation>
        </message>
        <message>
            <source>{refused} and {skipped} — see their tabs for why; they are left out of the import.</source>
            <translation>{refused} und {skipped} – die Gründe stehen in den jeweiligen Reitern; sie werden nicht importiert.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) refused</source>
            <translation>
                <numerusform>%Ln Ereignis abgelehnt</numerusform>
                <numerusform>%Ln Ereignisse abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) skipped</source>
            <translation>
                <numerusform>%Ln Ereignis übersprungen</numerusform>
                <numerusform>%Ln Ereignisse übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{events} — see their tabs for why; they are left out of the import.</source>
            <translation>{events} – die Gründe stehen in den jeweiligen Reitern; sie werden nicht importiert.</translation>
        </message>
        <message>
            <source>Import appointments</source>
            <translation>Termine importieren</translation>
        </message>
        <message>
            <source>Import appointments from a calendar file</source>
            <translation>Termine aus einer Kalenderdatei importieren</translation>
        </message>
        <message>
            <source>Export the calendar of the program you used before as an .ics file. Each event whose title holds a client's code (C0042) or full name becomes an appointment of that client — past ones too, and repeating events up to a year ahead. Nothing is stored until you press Import; then every appointment under “To create” is stored, or none.</source>
            <translation>Exportieren Sie den Kalender Ihres bisherigen Programms als .ics-Datei. Jedes Ereignis, dessen Titel den Code (C0042) oder den vollständigen Namen eines Klienten enthält, wird zu einem Termin dieses Klienten – auch vergangene sowie sich wiederholende Ereignisse bis zu einem Jahr im Voraus. Gespeichert wird erst, wenn Sie auf „Importieren“ klicken; dann werden alle Termine unter „Anzulegen“ gespeichert oder keiner.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Keine Datei ausgewählt</translation>
        </message>
        <message>
            <source>&amp;Choose a calendar file…</source>
            <translation>Kalenderdatei &amp;wählen…</translation>
        </message>
        <message>
            <source>Service when the title names none</source>
            <translation>Leistung, wenn der Titel keine nennt</translation>
        </message>
        <message>
            <source>Match clients by</source>
            <translation>Klienten zuordnen nach</translation>
        </message>
        <message>
            <source>Client code or full name</source>
            <translation>Klientencode oder vollständiger Name</translation>
        </message>
        <message>
            <source>Client code only</source>
            <translation>Nur Klientencode</translation>
        </message>
        <message>
            <source>&amp;Mark past appointments as attended</source>
            <translation>Vergangene Termine als &amp;erschienen markieren</translation>
        </message>
        <message>
            <source>Past sessions are stored as attended instead of scheduled, without a charge</source>
            <translation>Vergangene Sitzungen werden als erschienen statt als geplant gespeichert, ohne Posten</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>&amp;Service when the title names none</source>
            <translation>&amp;Leistung, wenn der Titel keine nennt</translation>
        </message>
        <message>
            <source>M&amp;atch clients by</source>
            <translation>Klienten &amp;zuordnen nach</translation>
        </message>
        <message>
            <source>No charge is made for imported appointments: sessions held before were billed, if at all, by the program you used then. Marking a session attended later, by hand, charges it as usual.</source>
            <translation>Für importierte Termine werden keine Posten angelegt: Frühere Sitzungen wurden, wenn überhaupt, mit dem damals verwendeten Programm abgerechnet. Wird eine Sitzung später von Hand als erschienen markiert, wird sie wie üblich berechnet.</translation>
        </message>
        <message>
            <source>Appointments to create</source>
            <translation>Anzulegende Termine</translation>
        </message>
        <message>
            <source>Events refused</source>
            <translation>Abgelehnte Ereignisse</translation>
        </message>
        <message>
            <source>Events skipped</source>
            <translation>Übersprungene Ereignisse</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>None: the title must name a service</source>
            <translation>Keine: Der Titel muss eine Leistung nennen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln appointment(s)</source>
            <translation>
                <numerusform>%Ln Termin importieren</numerusform>
                <numerusform>%Ln Termine importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar files (*.ics);;All files (*)</source>
            <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Checking every event…</source>
            <translation>Alle Ereignisse werden geprüft…</translation>
        </message>
        <message>
            <source>Nothing is stored while the file is checked.</source>
            <translation>Während die Datei geprüft wird, wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>It cannot be read.</source>
            <translation>Sie kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>{file} cannot be imported</source>
            <translation>{file} kann nicht importiert werden</translation>
        </message>
        <message>
            <source>Choose a calendar file</source>
            <translation>Kalenderdatei wählen</translation>
        </message>
        <message>
            <source>Its events are checked here before anything is stored.</source>
            <translation>Die Ereignisse werden hier geprüft, bevor etwas gespeichert wird.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln appointment(s) will be created</source>
            <translation>
                <numerusform>%Ln Termin wird angelegt</numerusform>
                <numerusform>%Ln Termine werden angelegt</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no appointment to create</source>
            <translation>Es gibt keinen Termin zum Anlegen</translation>
        </message>
        <message>
            <source>Nothing has been stored yet.</source>
            <translation>Es wurde noch nichts gespeichert.</translation>
        </message>
        <message>
            <source>{tab} ({count})</source>
            <translation>{tab} ({count})</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln appointment(s)…</source>
            <translation>
                <numerusform>%Ln Termin wird importiert…</numerusform>
                <numerusform>%Ln Termine werden importiert…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln appointment(s) imported</source>
            <translation>
                <numerusform>%Ln Termin importiert</numerusform>
                <numerusform>%Ln Termine importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>They are in the calendar now, and the import is recorded in the audit log.</source>
            <translation>Sie stehen jetzt im Kalender, und der Import ist im Prüfprotokoll festgehalten.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them as attended.</source>
            <translation>
                <numerusform>%Ln davon als erschienen.</numerusform>
                <numerusform>%Ln davon als erschienen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The calendar file was not changed: delete it if it should not stay on this computer.</source>
            <translation>Die Kalenderdatei wurde nicht verändert: Löschen Sie sie, wenn sie nicht auf diesem Computer bleiben soll.</translation>
        </message>
        <message>
            <source>Nothing was imported. {problem}</source>
            <translation>Es wurde nichts importiert. {problem}</translation>
        </message>
        <message>
            <source>Month calendar</source>
            <translation>Monatskalender</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n appointment(s). Enter shows the day.</source>
            <translation>
                <numerusform>{day}: %n Termin. Die Eingabetaste zeigt den Tag.</numerusform>
                <numerusform>{day}: %n Termine. Die Eingabetaste zeigt den Tag.</numerusform>
            </translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} weitere</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Day view (D)</source>
            <translation>Tagesansicht (D)</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Week view (W)</source>
            <translation>Wochenansicht (W)</translation>
        </message>
        <message>
            <source>Month view (M)</source>
            <translation>Monatsansicht (M)</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Zu heute springen (T)</translation>
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation>Zurück (Bild auf)</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Vorheriger Zeitraum</translation>
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation>Weiter (Bild ab)</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Nächster Zeitraum</translation>
        </message>
        <message>
            <source>Codes only</source>
            <translation>Nur Codes</translation>
        </message>
        <message>
            <source>Show client codes instead of names, for working where others can see the screen (Ctrl+Shift+H)</source>
            <translation>Klientencodes statt Namen anzeigen, wenn andere den Bildschirm sehen können (Strg+Umschalt+H)</translation>
        </message>
        <message>
            <source>Find a slot…</source>
            <translation>Freien Termin suchen…</translation>
        </message>
        <message>
            <source>The next free times within working hours (Ctrl+Shift+F)</source>
            <translation>Die nächsten freien Zeiten innerhalb der Arbeitszeit (Strg+Umschalt+F)</translation>
        </message>
        <message>
            <source>Calendar file</source>
            <translation>Kalenderdatei</translation>
        </message>
        <message>
            <source>Share appointments with your phone, import your busy times, or import the appointments of the program you used before</source>
            <translation>Termine mit Ihrem Smartphone teilen, Ihre Blockzeiten importieren oder die Termine Ihres bisherigen Programms importieren</translation>
        </message>
        <message>
            <source>Export for my other calendar (.ics)…</source>
            <translation>Für meinen anderen Kalender exportieren (.ics)…</translation>
        </message>
        <message>
            <source>Import my busy times (.ics)…</source>
            <translation>Meine Blockzeiten importieren (.ics)…</translation>
        </message>
        <message>
            <source>Import appointments from a calendar file…</source>
            <translation>Termine aus einer Kalenderdatei importieren…</translation>
        </message>
        <message>
            <source>New appointment…</source>
            <translation>Neuer Termin…</translation>
        </message>
        <message>
            <source>Book an appointment (Ctrl+N)</source>
            <translation>Termin buchen (Strg+N)</translation>
        </message>
        <message>
            <source>{problem}

Move it anyway?</source>
            <translation>{problem}

Trotzdem verschieben?</translation>
        </message>
        <message>
            <source>Export the calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderdateien (*.ics)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nicht exportiert</translation>
        </message>
        <message>
            <source>The calendar could not be saved.

{problem}</source>
            <translation>Der Kalender konnte nicht gespeichert werden.

{problem}</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>Kalender exportiert</translation>
        </message>
        <message>
            <source>Saved {file}. It shows client codes, never names or memos. Import it into your phone's or computer's calendar; export again after changes.</source>
            <translation>{file} gespeichert. Die Datei zeigt Klientencodes, nie Namen oder Vermerke. Importieren Sie sie in den Kalender Ihres Smartphones oder Computers; exportieren Sie nach Änderungen erneut.</translation>
        </message>
        <message>
            <source>Import busy times</source>
            <translation>Blockzeiten importieren</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>{file} was not imported.

{problem}</source>
            <translation>{file} wurde nicht importiert.

{problem}</translation>
        </message>
        <message>
            <source>Not moved</source>
            <translation>Nicht verschoben</translation>
        </message>
        <message numerus="yes">
            <source>%n busy time(s) to add and {updated} to update from {file}, as blocked time in your calendar (not as sessions).</source>
            <translation>
                <numerusform>Aus {file}: %n Blockzeit hinzuzufügen und {updated} zu aktualisieren, als blockierte Zeit in Ihrem Kalender (nicht als Sitzungen).</numerusform>
                <numerusform>Aus {file}: %n Blockzeiten hinzuzufügen und {updated} zu aktualisieren, als blockierte Zeit in Ihrem Kalender (nicht als Sitzungen).</numerusform>
            </translation>
        </message>
        <message>
            <source>{adding}

Import them?</source>
            <translation>{adding}

Importieren?</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>{adding}

Left out:{reasons}

Import them?</source>
            <translation>{adding}

Ausgelassen:{reasons}

Importieren?</translation>
        </message>
        <message>
            <source>{first_day}–{last_day} {month}</source>
            <translation>{first_day}.–{last_day}. {month}</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>Archived records are read-only; restore the client first.</source>
            <translation>Archivierte Akten sind schreibgeschützt; stellen Sie den Klienten zuerst wieder her.</translation>
        </message>
        <message numerus="yes">
            <source>Owes {amount}: {due} due on %n invoice(s) issued today; {uninvoiced} not invoiced yet</source>
            <translation>
                <numerusform>Schuldet {amount}: {due} fällig auf %n heute ausgestellter Rechnung; {uninvoiced} noch nicht abgerechnet</numerusform>
                <numerusform>Schuldet {amount}: {due} fällig auf %n heute ausgestellten Rechnungen; {uninvoiced} noch nicht abgerechnet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owes {amount}: {due} due on %n invoice(s), {oldest}; {uninvoiced} not invoiced yet</source>
            <translation>
                <numerusform>Schuldet {amount}: {due} fällig auf %n Rechnung, {oldest}; {uninvoiced} noch nicht abgerechnet</numerusform>
                <numerusform>Schuldet {amount}: {due} fällig auf %n Rechnungen, {oldest}; {uninvoiced} noch nicht abgerechnet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owes {amount} — %n invoice(s) due, issued today</source>
            <translation>
                <numerusform>Schuldet {amount} – %n Rechnung fällig, heute ausgestellt</numerusform>
                <numerusform>Schuldet {amount} – %n Rechnungen fällig, heute ausgestellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owes {amount} — %n invoice(s) due, {oldest}</source>
            <translation>
                <numerusform>Schuldet {amount} – %n Rechnung fällig, {oldest}</numerusform>
                <numerusform>Schuldet {amount} – %n Rechnungen fällig, {oldest}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>oldest %n day(s)</source>
            <translation>
                <numerusform>älteste %n Tag alt</numerusform>
                <numerusform>älteste %n Tage alt</numerusform>
            </translation>
        </message>
        <message>
            <source>Owes {amount} — not invoiced yet</source>
            <translation>Schuldet {amount} – noch nicht abgerechnet</translation>
        </message>
        <message>
            <source>In credit {amount}</source>
            <translation>Guthaben {amount}</translation>
        </message>
        <message>
            <source>Nothing owed</source>
            <translation>Nichts offen</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) overdue</source>
            <translation>
                <numerusform>%n Rechnung überfällig</numerusform>
                <numerusform>%n Rechnungen überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} not invoiced yet</source>
            <translation>{amount} noch nicht abgerechnet</translation>
        </message>
        <message>
            <source>{amount} paid ahead, taken off the next invoice</source>
            <translation>{amount} vorausbezahlt, wird von der nächsten Rechnung abgezogen</translation>
        </message>
        <message>
            <source>charged {amount}</source>
            <translation>{amount} berechnet</translation>
        </message>
        <message>
            <source>paid {amount}</source>
            <translation>{amount} bezahlt</translation>
        </message>
        <message>
            <source>waived {amount}</source>
            <translation>{amount} erlassen</translation>
        </message>
        <message>
            <source>written off {amount}</source>
            <translation>{amount} abgeschrieben</translation>
        </message>
        <message>
            <source>In all: {totals}</source>
            <translation>Insgesamt: {totals}</translation>
        </message>
        <message>
            <source>Waived: {reason}</source>
            <translation>Erlassen: {reason}</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Rechnung {number}</translation>
        </message>
        <message>
            <source>Not invoiced</source>
            <translation>Nicht abgerechnet</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <source>Waived on {date}: {reason}</source>
            <translation>Erlassen am {date}: {reason}</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>STORNIERT</translation>
        </message>
        <message>
            <source>Paid · {amount} written off</source>
            <translation>Bezahlt · {amount} abgeschrieben</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Overdue since {date}</source>
            <translation>Überfällig seit {date}</translation>
        </message>
        <message>
            <source>Part paid · due {date}</source>
            <translation>Teilweise bezahlt · fällig am {date}</translation>
        </message>
        <message>
            <source>Due {date}</source>
            <translation>Fällig am {date}</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Double-click to view or print</source>
            <translation>Doppelklicken zum Anzeigen oder Drucken</translation>
        </message>
        <message>
            <source>Applied to</source>
            <translation>Verrechnet mit</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>{amount} credit</source>
            <translation>{amount} Guthaben</translation>
        </message>
        <message>
            <source>Write-off</source>
            <translation>Abschreibung</translation>
        </message>
        <message>
            <source>Void: {reason}</source>
            <translation>Storniert: {reason}</translation>
        </message>
        <message>
            <source>Voided on {date}: {reason}</source>
            <translation>Storniert am {date}: {reason}</translation>
        </message>
        <message>
            <source>This client is archived: the account is read-only. Its documents can still be viewed and printed.</source>
            <translation>Dieser Klient ist archiviert: Das Konto ist schreibgeschützt. Seine Dokumente können weiterhin angezeigt und gedruckt werden.</translation>
        </message>
        <message>
            <source>Payments and write-offs</source>
            <translation>Zahlungen und Abschreibungen</translation>
        </message>
        <message>
            <source>New invoice…</source>
            <translation>Neue Rechnung…</translation>
        </message>
        <message>
            <source>Invoice the charges not invoiced yet</source>
            <translation>Die noch nicht abgerechneten Posten in Rechnung stellen</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Zahlung erfassen…</translation>
        </message>
        <message>
            <source>Record money received</source>
            <translation>Zahlungseingang erfassen</translation>
        </message>
        <message>
            <source>Add charge…</source>
            <translation>Posten hinzufügen…</translation>
        </message>
        <message>
            <source>A charge for a report, a letter …</source>
            <translation>Ein Posten für einen Bericht, einen Brief …</translation>
        </message>
        <message>
            <source>Write off…</source>
            <translation>Abschreiben…</translation>
        </message>
        <message>
            <source>Give up an amount that will not be collected</source>
            <translation>Einen Betrag ausbuchen, der nicht eingezogen wird</translation>
        </message>
        <message>
            <source>Statement…</source>
            <translation>Kontoauszug…</translation>
        </message>
        <message>
            <source>The statement of account for a period, to print</source>
            <translation>Der Kontoauszug für einen Zeitraum, zum Drucken</translation>
        </message>
        <message>
            <source>Superbill…</source>
            <translation>Leistungsnachweis…</translation>
        </message>
        <message>
            <source>The sessions of a period, for the client's insurer</source>
            <translation>Die Sitzungen eines Zeitraums, für die Versicherung des Klienten</translation>
        </message>
        <message>
            <source>Waive…</source>
            <translation>Erlassen…</translation>
        </message>
        <message>
            <source>Forgive the selected charge (not invoiced yet), with a reason</source>
            <translation>Den ausgewählten Posten (noch nicht abgerechnet) mit Begründung erlassen</translation>
        </message>
        <message>
            <source>View / print</source>
            <translation>Anzeigen / Drucken</translation>
        </message>
        <message>
            <source>Open the selected invoice to print or save</source>
            <translation>Die ausgewählte Rechnung zum Drucken oder Speichern öffnen</translation>
        </message>
        <message>
            <source>Void invoice…</source>
            <translation>Rechnung stornieren…</translation>
        </message>
        <message>
            <source>Cancel the selected invoice, with a reason</source>
            <translation>Die ausgewählte Rechnung mit Begründung stornieren</translation>
        </message>
        <message>
            <source>Record payment for it…</source>
            <translation>Zahlung dafür erfassen…</translation>
        </message>
        <message>
            <source>Record money received for the selected invoice</source>
            <translation>Zahlungseingang für die ausgewählte Rechnung erfassen</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Quittung</translation>
        </message>
        <message>
            <source>The receipt of the selected payment, to print or save</source>
            <translation>Die Quittung der ausgewählten Zahlung, zum Drucken oder Speichern</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Stornieren…</translation>
        </message>
        <message>
            <source>Void the selected payment or write-off, with a reason</source>
            <translation>Die ausgewählte Zahlung oder Abschreibung mit Begründung stornieren</translation>
        </message>
        <message>
            <source>Every charge is already on an invoice or waived.</source>
            <translation>Alle Posten stehen bereits auf einer Rechnung oder sind erlassen.</translation>
        </message>
        <message>
            <source>Nothing is owed.</source>
            <translation>Es ist nichts offen.</translation>
        </message>
        <message>
            <source>Choose a charge not invoiced yet (void its invoice to free an invoiced one).</source>
            <translation>Wählen Sie einen noch nicht abgerechneten Posten (um einen abgerechneten freizugeben, stornieren Sie dessen Rechnung).</translation>
        </message>
        <message>
            <source>Choose an invoice that is not void.</source>
            <translation>Wählen Sie eine nicht stornierte Rechnung.</translation>
        </message>
        <message>
            <source>Choose an invoice with something due.</source>
            <translation>Wählen Sie eine Rechnung mit offenem Betrag.</translation>
        </message>
        <message>
            <source>Choose a payment or write-off that is not void.</source>
            <translation>Wählen Sie eine nicht stornierte Zahlung oder Abschreibung.</translation>
        </message>
        <message>
            <source>Choose an invoice.</source>
            <translation>Wählen Sie eine Rechnung.</translation>
        </message>
        <message>
            <source>Choose a payment (a write-off has no receipt).</source>
            <translation>Wählen Sie eine Zahlung (für eine Abschreibung gibt es keine Quittung).</translation>
        </message>
        <message>
            <source>No client is shown.</source>
            <translation>Es wird kein Klient angezeigt.</translation>
        </message>
        <message>
            <source>Statement of account</source>
            <translation>Kontoauszug</translation>
        </message>
        <message>
            <source>Make statement</source>
            <translation>Kontoauszug erstellen</translation>
        </message>
        <message>
            <source>The balance at the start of the period, every charge, payment, waiver and write-off in it, and the balance at its end.</source>
            <translation>Der Saldo zu Beginn des Zeitraums, alle Posten, Zahlungen, Erlasse und Abschreibungen darin sowie der Saldo am Ende.</translation>
        </message>
        <message>
            <source>No diagnosis code is recorded for this client: most insurers refuse a superbill without one. Add it in Edit… → Clinical.</source>
            <translation>Für diesen Klienten ist kein Diagnosecode erfasst: Die meisten Versicherungen lehnen einen Leistungsnachweis ohne Diagnosecode ab. Ergänzen Sie ihn unter Bearbeiten… → Klinisch.</translation>
        </message>
        <message>
            <source>no NPI</source>
            <translation>keine NPI</translation>
        </message>
        <message>
            <source>no tax ID</source>
            <translation>keine Steuernummer</translation>
        </message>
        <message>
            <source>no licence number</source>
            <translation>keine Zulassungsnummer</translation>
        </message>
        <message>
            <source>{missing} and {more}</source>
            <translation>{missing} und {more}</translation>
        </message>
        <message>
            <source>The practice has {missing}: insurers usually ask for them. Add them in Settings.</source>
            <translation>Die Praxis hat {missing}: Versicherungen verlangen diese Angaben in der Regel. Ergänzen Sie sie in den Einstellungen.</translation>
        </message>
        <message>
            <source>Superbill</source>
            <translation>Leistungsnachweis</translation>
        </message>
        <message>
            <source>Make superbill</source>
            <translation>Leistungsnachweis erstellen</translation>
        </message>
        <message>
            <source>The sessions attended in the period, with the diagnosis and procedure codes and what was paid, for the client to claim from their insurer.</source>
            <translation>Die im Zeitraum wahrgenommenen Sitzungen mit Diagnose- und Leistungscodes und den gezahlten Beträgen, damit der Klient sie bei seiner Versicherung einreichen kann.</translation>
        </message>
        <message>
            <source>Homework done</source>
            <translation>Hausaufgabe erledigt</translation>
        </message>
        <message>
            <source>Homework partly done</source>
            <translation>Hausaufgabe teilweise erledigt</translation>
        </message>
        <message>
            <source>Homework not done</source>
            <translation>Hausaufgabe nicht erledigt</translation>
        </message>
        <message>
            <source>{date}, session {number}</source>
            <translation>{date}, Sitzung {number}</translation>
        </message>
        <message>
            <source>Reliable improvement ({change} from the baseline)</source>
            <translation>Reliable Verbesserung ({change} gegenüber dem Ausgangswert)</translation>
        </message>
        <message>
            <source>Reliable deterioration ({change} from the baseline)</source>
            <translation>Reliable Verschlechterung ({change} gegenüber dem Ausgangswert)</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>Remittiert</translation>
        </message>
        <message>
            <source>Given once: {scores}</source>
            <translation>Einmal erhoben: {scores}</translation>
        </message>
        <message>
            <source>reliable improvement</source>
            <translation>reliable Verbesserung</translation>
        </message>
        <message>
            <source>reliable deterioration</source>
            <translation>reliable Verschlechterung</translation>
        </message>
        <message>
            <source>no reliable change yet</source>
            <translation>noch keine reliable Veränderung</translation>
        </message>
        <message>
            <source>reliably recovered</source>
            <translation>reliabel remittiert</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation>remittiert</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} {total} ({date}) — at or above the cut-off</source>
            <translation>{name} {total} ({date}) – auf oder über dem Cut-off</translation>
        </message>
        <message>
            <source>Progress report</source>
            <translation>Verlaufsbericht</translation>
        </message>
        <message>
            <source>The whole treatment</source>
            <translation>Die gesamte Behandlung</translation>
        </message>
        <message>
            <source>How therapy is going, in your words (optional)</source>
            <translation>Wie die Therapie verläuft, in Ihren Worten (optional)</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>Ihr Kommentar</translation>
        </message>
        <message>
            <source>Make report</source>
            <translation>Bericht erstellen</translation>
        </message>
        <message>
            <source>Scores and sessions in:</source>
            <translation>Werte und Sitzungen für:</translation>
        </message>
        <message>
            <source>Your comment is printed under the change summary. Leave it empty to give the scores alone.</source>
            <translation>Ihr Kommentar wird unter der Zusammenfassung der Veränderungen gedruckt. Lassen Sie ihn leer, um nur die Werte auszugeben.</translation>
        </message>
        <message>
            <source>{when}, after the session</source>
            <translation>{when}, nach der Sitzung</translation>
        </message>
        <message>
            <source>{when}, before the session</source>
            <translation>{when}, vor der Sitzung</translation>
        </message>
        <message>
            <source>Your guess {guess}, the client's rating not rated yet</source>
            <translation>Ihre Einschätzung {guess}, Bewertung des Klienten noch ausstehend</translation>
        </message>
        <message>
            <source>Your guess {guess}, the client's rating {rating}</source>
            <translation>Ihre Einschätzung {guess}, Bewertung des Klienten {rating}</translation>
        </message>
        <message>
            <source>Measurement plan</source>
            <translation>Messplan</translation>
        </message>
        <message>
            <source>By date</source>
            <translation>Nach Datum</translation>
        </message>
        <message>
            <source>By session</source>
            <translation>Nach Sitzung</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Als Tabelle anzeigen</translation>
        </message>
        <message>
            <source>Export as PNG…</source>
            <translation>Als PNG exportieren…</translation>
        </message>
        <message>
            <source>Progress report…</source>
            <translation>Verlaufsbericht…</translation>
        </message>
        <message>
            <source>A PDF of the scores and what changed, to print or save</source>
            <translation>Ein PDF mit den Werten und den Veränderungen, zum Drucken oder Speichern</translation>
        </message>
        <message>
            <source>Questionnaire scores over time</source>
            <translation>Fragebogenwerte im Verlauf</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Fragebogen</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>No questionnaire answered yet.</source>
            <translation>Noch kein Fragebogen beantwortet.</translation>
        </message>
        <message>
            <source>Measurement plan…</source>
            <translation>Messplan…</translation>
        </message>
        <message>
            <source>Which questionnaires this client is given, and how often</source>
            <translation>Welche Fragebögen dieser Klient erhält und wie oft</translation>
        </message>
        <message>
            <source>Show as chart</source>
            <translation>Als Diagramm anzeigen</translation>
        </message>
        <message>
            <source>cut-off</source>
            <translation>Cut-off</translation>
        </message>
        <message>
            <source>{name} (before ●, after the session ○) &amp;nbsp; {key}</source>
            <translation>{name} (vor ●, nach der Sitzung ○) &amp;nbsp; {key}</translation>
        </message>
        <message>
            <source>Session evaluation (and your guesses ○)</source>
            <translation>Sitzungsbewertung (und Ihre Einschätzungen ○)</translation>
        </message>
        <message>
            <source>Attendance and homework</source>
            <translation>Teilnahme und Hausaufgaben</translation>
        </message>
        <message>
            <source>{change} reliable improvement</source>
            <translation>{change} reliable Verbesserung</translation>
        </message>
        <message>
            <source>{change} reliable deterioration</source>
            <translation>{change} reliable Verschlechterung</translation>
        </message>
        <message>
            <source>{change}, recovered</source>
            <translation>{change}, remittiert</translation>
        </message>
        <message>
            <source>Progress report — {name}</source>
            <translation>Verlaufsbericht – {name}</translation>
        </message>
        <message>
            <source>No report</source>
            <translation>Kein Bericht</translation>
        </message>
        <message>
            <source>The progress report could not be made.

{message}</source>
            <translation>Der Verlaufsbericht konnte nicht erstellt werden.

{message}</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>Auswahl entfernen</translation>
        </message>
        <message>
            <source>What the client likes to be called</source>
            <translation>Wie der Klient angesprochen werden möchte</translation>
        </message>
        <message>
            <source>Used only by screening questionnaires whose cut-offs differ by sex (e.g. AUDIT-C).</source>
            <translation>Wird nur von Screening-Fragebögen verwendet, deren Cut-offs sich nach Geschlecht unterscheiden (z. B. AUDIT-C).</translation>
        </message>
        <message>
            <source>Automatic (e.g. C0042)</source>
            <translation>Automatisch (z. B. C0042)</translation>
        </message>
        <message>
            <source>Legal first name *</source>
            <translation>Amtlicher Vorname *</translation>
        </message>
        <message>
            <source>Legal last name *</source>
            <translation>Amtlicher Nachname *</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Rufname</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>Pronomen</translation>
        </message>
        <message>
            <source>Date of birth *</source>
            <translation>Geburtsdatum *</translation>
        </message>
        <message>
            <source>Sex (for screening norms)</source>
            <translation>Geschlecht (für Screening-Normen)</translation>
        </message>
        <message>
            <source>Client code</source>
            <translation>Klientencode</translation>
        </message>
        <message>
            <source>The client code is used instead of the name wherever privacy matters (calendar exports, file names).</source>
            <translation>Der Klientencode wird überall dort statt des Namens verwendet, wo es auf Vertraulichkeit ankommt (Kalenderexporte, Dateinamen).</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Personalien</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Notfallkontakt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Can consent</source>
            <translation>Kann einwilligen</translation>
        </message>
        <message>
            <source>Add guardian</source>
            <translation>Sorgeberechtigte Person hinzufügen</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Sorgeberechtigte</translation>
        </message>
        <message>
            <source>e.g. GP, website, a former client</source>
            <translation>z. B. Hausarzt, Website, ehemaliger Klient</translation>
        </message>
        <message>
            <source>Rate per session, e.g. 60.00</source>
            <translation>Honorar pro Sitzung, z. B. 60,00</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Zugang über</translation>
        </message>
        <message>
            <source>Who asked for therapy</source>
            <translation>Wer die Therapie wünscht</translation>
        </message>
        <message>
            <source>Therapy that someone else asked for or imposed often starts differently from therapy the client chose; it is shown on the client's record.</source>
            <translation>Eine Therapie, die jemand anderes gewünscht oder auferlegt hat, beginnt oft anders als eine, die der Klient selbst gewählt hat; die Angabe wird in der Akte des Klienten angezeigt.</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Honorar</translation>
        </message>
        <message>
            <source>Sliding-scale rate</source>
            <translation>Ermäßigtes Honorar</translation>
        </message>
        <message>
            <source>Referral and fees</source>
            <translation>Zugang und Honorar</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Hauptdiagnose</translation>
        </message>
        <message>
            <source>Noted on</source>
            <translation>Erfasst am</translation>
        </message>
        <message>
            <source>Add diagnosis…</source>
            <translation>Diagnose hinzufügen…</translation>
        </message>
        <message>
            <source>Presenting problem, formulation, anything the next session needs to remember</source>
            <translation>Vorstellungsanlass, Fallkonzeption, alles, was für die nächste Sitzung wichtig ist</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Ziel hinzufügen</translation>
        </message>
        <message>
            <source>Diagnoses (ICD-10-CM)</source>
            <translation>Diagnosen (ICD-10-CM)</translation>
        </message>
        <message>
            <source>Clinical summary</source>
            <translation>Klinische Zusammenfassung</translation>
        </message>
        <message>
            <source>Treatment goals</source>
            <translation>Behandlungsziele</translation>
        </message>
        <message>
            <source>Clinical</source>
            <translation>Klinisch</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. anxiety, sliding-scale</source>
            <translation>Durch Kommas getrennt, z. B. Angst, ermäßigt</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Tags in use: {tags}</source>
            <translation>Verwendete Schlagwörter: {tags}</translation>
        </message>
        <message>
            <source>Tags in use: none yet</source>
            <translation>Verwendete Schlagwörter: noch keine</translation>
        </message>
        <message>
            <source>Guardians matter for clients under 18.</source>
            <translation>Sorgeberechtigte sind nur bei Klienten unter 18 Jahren relevant.</translation>
        </message>
        <message>
            <source>age {age} — a minor</source>
            <translation>{age} Jahre – minderjährig</translation>
        </message>
        <message>
            <source>age {age}</source>
            <translation>{age} Jahre</translation>
        </message>
        <message>
            <source>The client is {age}: at least one guardian who can consent is needed.</source>
            <translation>Der Klient ist {age} Jahre alt: Mindestens eine sorgeberechtigte Person, die einwilligen kann, ist erforderlich.</translation>
        </message>
        <message>
            <source>The client is an adult; guardians are optional.</source>
            <translation>Der Klient ist volljährig; Sorgeberechtigte sind optional.</translation>
        </message>
        <message>
            <source>Guardian {number}: {message}</source>
            <translation>Sorgeberechtigte(r) {number}: {message}</translation>
        </message>
        <message>
            <source>Diagnosis {number}: {message}</source>
            <translation>Diagnose {number}: {message}</translation>
        </message>
        <message>
            <source>Goal {number}: {message}</source>
            <translation>Ziel {number}: {message}</translation>
        </message>
        <message>
            <source>Nothing was saved: please correct the fields marked in red.</source>
            <translation>Es wurde nichts gespeichert: Bitte korrigieren Sie die rot markierten Felder.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mögliches Duplikat</translation>
        </message>
        <message>
            <source>This may be someone already in your practice:</source>
            <translation>Diese Person ist möglicherweise bereits in Ihrer Praxis erfasst:</translation>
        </message>
        <message>
            <source>{matches}

Save as a new client anyway?</source>
            <translation>{matches}

Trotzdem als neuen Klienten speichern?</translation>
        </message>
        <message>
            <source>Save as new client</source>
            <translation>Als neuen Klienten speichern</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>Last session</source>
            <translation>Letzte Sitzung</translation>
        </message>
        <message>
            <source>Current clients</source>
            <translation>Aktuelle Klienten</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Everyone, archived too</source>
            <translation>Alle, auch archivierte</translation>
        </message>
        <message>
            <source>Sort by name</source>
            <translation>Nach Name sortieren</translation>
        </message>
        <message>
            <source>Sort by last session</source>
            <translation>Nach letzter Sitzung sortieren</translation>
        </message>
        <message>
            <source>{age} (minor)</source>
            <translation>{age} (minderjährig)</translation>
        </message>
        <message>
            <source>A minor: guardians consent and usually pay.</source>
            <translation>Minderjährig: Die Sorgeberechtigten willigen ein und zahlen in der Regel.</translation>
        </message>
        <message>
            <source>Search name, code, phone or e-mail   (Ctrl+F)</source>
            <translation>Name, Code, Telefon oder E-Mail suchen   (Strg+F)</translation>
        </message>
        <message>
            <source>New intake…</source>
            <translation>Neue Aufnahme…</translation>
        </message>
        <message>
            <source>A new client through the intake: history and screening</source>
            <translation>Neuer Klient über die Aufnahme: Anamnese und Screening</translation>
        </message>
        <message>
            <source>Import clients…</source>
            <translation>Klienten importieren…</translation>
        </message>
        <message>
            <source>Import clients from a CSV file, with a check before</source>
            <translation>Klienten aus einer CSV-Datei importieren, mit vorheriger Prüfung</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Neuer Klient</translation>
        </message>
        <message>
            <source>New client (Ctrl+N)</source>
            <translation>Neuer Klient (Strg+N)</translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln client(s)</source>
            <translation>
                <numerusform>Mehr als %Ln Klient</numerusform>
                <numerusform>Mehr als %Ln Klienten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) found</source>
            <translation>
                <numerusform>%Ln Klient gefunden</numerusform>
                <numerusform>%Ln Klienten gefunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln Klient</numerusform>
                <numerusform>%Ln Klienten</numerusform>
            </translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Unterschrieben</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>Auf Papier unterschrieben</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Erwachsene</translation>
        </message>
        <message>
            <source>Guardian for a minor</source>
            <translation>Sorgeberechtigte für Minderjährige</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Signed</source>
            <comment>column: the day signed</comment>
            <translation>Unterschrieben am</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formular</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Unterschrieben von</translation>
        </message>
        <message>
            <source>Sign consent…</source>
            <translation>Einwilligung unterschreiben…</translation>
        </message>
        <message>
            <source>The client reads and signs the consent on this computer</source>
            <translation>Der Klient liest und unterschreibt die Einwilligung an diesem Computer</translation>
        </message>
        <message>
            <source>Sign as a couple…</source>
            <translation>Als Paar unterschreiben…</translation>
        </message>
        <message>
            <source>This client and their partner (also a client) sign together</source>
            <translation>Dieser Klient und sein Partner (ebenfalls Klient) unterschreiben gemeinsam</translation>
        </message>
        <message>
            <source>View and print…</source>
            <translation>Ansehen und drucken…</translation>
        </message>
        <message>
            <source>The signed form, or the scan of a form signed on paper</source>
            <translation>Das unterschriebene Formular oder der Scan eines auf Papier unterschriebenen Formulars</translation>
        </message>
        <message>
            <source>Record revocation…</source>
            <translation>Widerruf erfassen…</translation>
        </message>
        <message>
            <source>Attach paper form…</source>
            <translation>Papierformular anhängen…</translation>
        </message>
        <message>
            <source>Attach the scan of a form the client signed on paper</source>
            <translation>Scan eines vom Klienten auf Papier unterschriebenen Formulars anhängen</translation>
        </message>
        <message>
            <source>Blank form…</source>
            <translation>Leeres Formular…</translation>
        </message>
        <message>
            <source>Print the current form for signing on paper</source>
            <translation>Aktuelles Formular zum Unterschreiben auf Papier drucken</translation>
        </message>
        <message>
            <source>On paper (scan)</source>
            <translation>Auf Papier (Scan)</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>An diesem Computer</translation>
        </message>
        <message>
            <source>Revoked on {date}: {reason}</source>
            <translation>Widerrufen am {date}: {reason}</translation>
        </message>
        <message>
            <source>{status} — older version</source>
            <translation>{status} – ältere Version</translation>
        </message>
        <message>
            <source>{form}, version {version}</source>
            <translation>{form}, Version {version}</translation>
        </message>
        <message>
            <source>Re-consent…</source>
            <translation>Erneute Einwilligung…</translation>
        </message>
        <message>
            <source>Sign again…</source>
            <translation>Erneut unterschreiben…</translation>
        </message>
        <message>
            <source>Shows the client what changed since they signed, then the whole form</source>
            <translation>Zeigt dem Klienten, was sich seit seiner Unterschrift geändert hat, und dann das ganze Formular</translation>
        </message>
        <message>
            <source>No consent form</source>
            <translation>Kein Einwilligungsformular</translation>
        </message>
        <message>
            <source>There is no consent template yet.</source>
            <translation>Es gibt noch keine Einwilligungsvorlage.</translation>
        </message>
        <message>
            <source>Set your fees first</source>
            <translation>Legen Sie zuerst Ihre Honorare fest</translation>
        </message>
        <message>
            <source>No guardian can consent</source>
            <translation>Keine sorgeberechtigte Person kann einwilligen</translation>
        </message>
        <message>
            <source>No parent or guardian of this client is recorded as able to consent. Add one in Edit → Guardians first.</source>
            <translation>Für diesen Klienten ist kein Elternteil bzw. keine sorgeberechtigte Person erfasst, die einwilligen kann. Fügen Sie zuerst unter Bearbeiten → Sorgeberechtigte eine Person hinzu.</translation>
        </message>
        <message>
            <source>Consent not stored</source>
            <translation>Einwilligung nicht gespeichert</translation>
        </message>
        <message>
            <source>Consent — {name}</source>
            <translation>Einwilligung – {name}</translation>
        </message>
        <message>
            <source>No blank form</source>
            <translation>Kein leeres Formular</translation>
        </message>
        <message>
            <source>Blank consent form</source>
            <translation>Leeres Einwilligungsformular</translation>
        </message>
        <message>
            <source>Consent signed on version {version}, on {date}.</source>
            <translation>Einwilligung in Version {version} am {date} unterschrieben.</translation>
        </message>
        <message>
            <source>Consent signed on paper (version {version}), on {date}.</source>
            <translation>Einwilligung auf Papier (Version {version}) am {date} unterschrieben.</translation>
        </message>
        <message>
            <source>Signed on version {version} ({date}); the form is now at version {current}. Re-consent shows the client what changed first.</source>
            <translation>In Version {version} unterschrieben ({date}); das Formular liegt jetzt in Version {current} vor. Bei der erneuten Einwilligung sieht der Klient zuerst, was sich geändert hat.</translation>
        </message>
        <message>
            <source>The client revoked their consent. A new consent can be signed at any time.</source>
            <translation>Der Klient hat seine Einwilligung widerrufen. Eine neue Einwilligung kann jederzeit unterschrieben werden.</translation>
        </message>
        <message>
            <source>No consent yet. A parent or guardian can sign on this computer, or on a printed blank form.</source>
            <translation>Noch keine Einwilligung. Ein Elternteil bzw. eine sorgeberechtigte Person kann an diesem Computer oder auf einem ausgedruckten leeren Formular unterschreiben.</translation>
        </message>
        <message>
            <source>No consent yet. The client can sign on this computer, or on a printed blank form.</source>
            <translation>Noch keine Einwilligung. Der Klient kann an diesem Computer oder auf einem ausgedruckten leeren Formular unterschreiben.</translation>
        </message>
        <message>
            <source>Sign as a couple</source>
            <translation>Als Paar unterschreiben</translation>
        </message>
        <message>
            <source>Partner's name or code</source>
            <translation>Name oder Code des Partners</translation>
        </message>
        <message>
            <source>Start signing</source>
            <translation>Unterschreiben beginnen</translation>
        </message>
        <message>
            <source>Both partners read the form, each initials and signs. {name}'s partner must be a client too (add them first if they are not).</source>
            <translation>Beide Partner lesen das Formular, setzen jeweils ihre Initialen und unterschreiben. Der Partner von {name} muss ebenfalls Klient sein (legen Sie ihn gegebenenfalls zuerst an).</translation>
        </message>
        <message>
            <source>{name} · {code} · age {age}</source>
            <translation>{name} · {code} · {age} Jahre</translation>
        </message>
        <message>
            <source>Attach a form signed on paper</source>
            <translation>Auf Papier unterschriebenes Formular anhängen</translation>
        </message>
        <message>
            <source>Choose scan…</source>
            <translation>Scan wählen…</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Anhängen</translation>
        </message>
        <message>
            <source>Scan (PDF, PNG or JPEG)</source>
            <translation>Scan (PDF, PNG oder JPEG)</translation>
        </message>
        <message>
            <source>Form version signed</source>
            <translation>Unterschriebene Formularversion</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Unterschrieben am</translation>
        </message>
        <message>
            <source>The scan is stored inside the encrypted vault. You may delete your copy of the file afterwards.</source>
            <translation>Der Scan wird im verschlüsselten Datenspeicher abgelegt. Ihre Kopie der Datei können Sie danach löschen.</translation>
        </message>
        <message>
            <source>Choose the scan</source>
            <translation>Scan auswählen</translation>
        </message>
        <message>
            <source>Choose the scanned form first.</source>
            <translation>Wählen Sie zuerst das eingescannte Formular.</translation>
        </message>
        <message>
            <source>The file could not be read: {reason}.</source>
            <translation>Die Datei konnte nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Record a revoked consent</source>
            <translation>Widerrufene Einwilligung erfassen</translation>
        </message>
        <message>
            <source>For example: withdrew consent by letter dated …</source>
            <translation>Zum Beispiel: Einwilligung per Brief vom … widerrufen</translation>
        </message>
        <message>
            <source>Record revocation</source>
            <translation>Widerruf erfassen</translation>
        </message>
        <message>
            <source>The consent signed on {signed} (version {version}) will show as revoked from today, {today}. It stays in the record; it is never deleted.</source>
            <translation>Die am {signed} unterschriebene Einwilligung (Version {version}) wird ab heute, {today}, als widerrufen angezeigt. Sie bleibt in der Akte und wird nie gelöscht.</translation>
        </message>
        <message>
            <source>Add a diagnosis (ICD-10-CM)</source>
            <translation>Diagnose hinzufügen (ICD-10-CM)</translation>
        </message>
        <message>
            <source>Type a code (F41.1) or words (generalized anxiety)</source>
            <translation>Code (F41.1) oder Suchbegriffe (generalized anxiety) eingeben</translation>
        </message>
        <message>
            <source>Loading the code set…</source>
            <translation>Codeverzeichnis wird geladen…</translation>
        </message>
        <message>
            <source>Add diagnosis</source>
            <translation>Diagnose hinzufügen</translation>
        </message>
        <message>
            <source>Billable codes are listed first.</source>
            <translation>Abrechenbare Codes stehen oben.</translation>
        </message>
        <message>
            <source>The ICD-10-CM code set could not be loaded.</source>
            <translation>Das ICD-10-CM-Codeverzeichnis konnte nicht geladen werden.</translation>
        </message>
        <message>
            <source>{code}  {description}  (category — choose a more specific code to bill)</source>
            <translation>{code}  {description}  (Kategorie – für die Abrechnung einen spezifischeren Code wählen)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Choose a file.</source>
            <translation>Wählen Sie eine Datei.</translation>
        </message>
        <message>
            <source>Character set</source>
            <translation>Zeichensatz</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Trennzeichen</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Zeichen</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Erster Wert</translation>
        </message>
        <message>
            <source>Goes into</source>
            <translation>Übernehmen in</translation>
        </message>
        <message>
            <source>How dates of birth are written</source>
            <translation>Schreibweise der Geburtsdaten</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Day first: 03/04/2001 is 3 April 2001</source>
            <translation>Tag zuerst: 03/04/2001 ist der 3. April 2001</translation>
        </message>
        <message>
            <source>Month first: 03/04/2001 is March 4, 2001</source>
            <translation>Monat zuerst: 03/04/2001 ist der 4. März 2001</translation>
        </message>
        <message>
            <source>The parents and guardians named in the file may consent to treatment</source>
            <translation>Die in der Datei genannten Eltern und Sorgeberechtigten dürfen in die Behandlung einwilligen</translation>
        </message>
        <message>
            <source>Dates of birth like 03/04/2001 are written</source>
            <translation>Schreibweise von Geburtsdaten wie 03/04/2001</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Say what each column holds (fields marked * are needed). Columns left out are not imported; several columns may fill the address, summary or tags.</source>
            <translation>Geben Sie an, was jede Spalte enthält (mit * markierte Felder sind erforderlich). Nicht zugeordnete Spalten werden nicht importiert; Anschrift, Zusammenfassung und Schlagwörter können aus mehreren Spalten gefüllt werden.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln column(s)</source>
            <translation>
                <numerusform>%Ln Spalte</numerusform>
                <numerusform>%Ln Spalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln empty row(s) left out</source>
            <translation>
                <numerusform>%Ln leere Zeile ausgelassen</numerusform>
                <numerusform>%Ln leere Zeilen ausgelassen</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: {counts}</source>
            <translation>{file}: {counts}</translation>
        </message>
        <message>
            <source>Field for the column {column}</source>
            <translation>Feld für die Spalte {column}</translation>
        </message>
        <message>
            <source>— leave out —</source>
            <translation>— nicht übernehmen —</translation>
        </message>
        <message>
            <source>Some of the file's dates can only be read day first.</source>
            <translation>Einige Datumsangaben der Datei lassen sich nur mit dem Tag zuerst lesen.</translation>
        </message>
        <message>
            <source>Some of the file's dates can only be read month first.</source>
            <translation>Einige Datumsangaben der Datei lassen sich nur mit dem Monat zuerst lesen.</translation>
        </message>
        <message>
            <source>The file writes dates both ways: rows that do not fit the choice are refused.</source>
            <translation>Die Datei verwendet beide Schreibweisen: Zeilen, die nicht zur Auswahl passen, werden abgelehnt.</translation>
        </message>
        <message>
            <source>Every date in the file could be read either way: choose the order you know.</source>
            <translation>Jedes Datum in der Datei lässt sich auf beide Arten lesen: Wählen Sie die Reihenfolge, die Sie kennen.</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln row(s) as they would be stored</source>
            <translation>
                <numerusform>Die erste %Ln Zeile, wie sie gespeichert würde</numerusform>
                <numerusform>Die ersten %Ln Zeilen, wie sie gespeichert würden</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row as it would be stored</source>
            <translation>Alle Zeilen, wie sie gespeichert würden</translation>
        </message>
        <message>
            <source>The row as it would be stored</source>
            <translation>Die Zeile, wie sie gespeichert würde</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Refused — {problems}</source>
            <translation>Abgelehnt – {problems}</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>May be the same person as</source>
            <translation>Möglicherweise dieselbe Person wie</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Mögliche Duplikate</translation>
        </message>
        <message>
            <source>Read the corrected file again</source>
            <translation>Korrigierte Datei erneut einlesen</translation>
        </message>
        <message>
            <source>After correcting the file: read it again, same choices</source>
            <translation>Nach dem Korrigieren der Datei: erneut einlesen, mit denselben Einstellungen</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Alle Zeilen werden geprüft…</translation>
        </message>
        <message>
            <source>Nothing is stored while the rows are checked.</source>
            <translation>Während der Prüfung wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>The rows could not be checked</source>
            <translation>Die Zeilen konnten nicht geprüft werden</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) cannot be imported, so nothing will be</source>
            <translation>
                <numerusform>%Ln Zeile kann nicht importiert werden, daher wird nichts importiert</numerusform>
                <numerusform>%Ln Zeilen können nicht importiert werden, daher wird nichts importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) could be imported, but an import is all or nothing. Correct the rows below in the file (or leave their column out), then read it again. The line numbers are those of the file.</source>
            <translation>
                <numerusform>%Ln Klient könnte importiert werden, aber ein Import erfolgt ganz oder gar nicht. Korrigieren Sie die Zeilen unten in der Datei (oder lassen Sie die betreffende Spalte weg) und lesen Sie sie dann erneut ein. Die Zeilennummern sind die der Datei.</numerusform>
                <numerusform>%Ln Klienten könnten importiert werden, aber ein Import erfolgt ganz oder gar nicht. Korrigieren Sie die Zeilen unten in der Datei (oder lassen Sie die betreffende Spalte weg) und lesen Sie sie dann erneut ein. Die Zeilennummern sind die der Datei.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) will be imported</source>
            <translation>
                <numerusform>%Ln Klient wird importiert</numerusform>
                <numerusform>%Ln Klienten werden importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been stored yet. Each client gets a client code and is recorded in the audit log, as if typed in. %Ln row(s) may be clients you already have: see “Possible duplicates”.</source>
            <translation>
                <numerusform>Noch ist nichts gespeichert. Jeder Klient erhält einen Klientencode und wird wie bei manueller Eingabe im Prüfprotokoll erfasst. %Ln Zeile ist möglicherweise ein Klient, den Sie bereits haben: siehe „Mögliche Duplikate“.</numerusform>
                <numerusform>Noch ist nichts gespeichert. Jeder Klient erhält einen Klientencode und wird wie bei manueller Eingabe im Prüfprotokoll erfasst. %Ln Zeilen sind möglicherweise Klienten, die Sie bereits haben: siehe „Mögliche Duplikate“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been stored yet. Each client gets a client code and is recorded in the audit log, as if typed in.</source>
            <translation>Noch ist nichts gespeichert. Jeder Klient erhält einen Klientencode und wird wie bei manueller Eingabe im Prüfprotokoll erfasst.</translation>
        </message>
        <message>
            <source>Refused ({count})</source>
            <translation>Abgelehnt ({count})</translation>
        </message>
        <message>
            <source>Possible duplicates ({count})</source>
            <translation>Mögliche Duplikate ({count})</translation>
        </message>
        <message numerus="yes">
            <source>Leave out the %Ln possible duplicate(s) (import only the other clients)</source>
            <translation>
                <numerusform>Das %Ln mögliche Duplikat auslassen (nur die übrigen Klienten importieren)</numerusform>
                <numerusform>Die %Ln möglichen Duplikate auslassen (nur die übrigen Klienten importieren)</numerusform>
            </translation>
        </message>
        <message>
            <source>Import clients</source>
            <translation>Klienten importieren</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Import clients from a CSV file</source>
            <translation>Klienten aus einer CSV-Datei importieren</translation>
        </message>
        <message>
            <source>Export the client list of your previous program or spreadsheet as a CSV file (comma-separated values). Rapport reads it, lets you say which column holds what, and shows what it would import before anything is stored. Then every client is imported, or none: a row that cannot be imported stops the import until it is corrected in the file.</source>
            <translation>Exportieren Sie die Klientenliste aus Ihrem bisherigen Programm oder Ihrer Tabelle als CSV-Datei (kommagetrennte Werte). Rapport liest sie ein, lässt Sie festlegen, welche Spalte was enthält, und zeigt, was importiert würde, bevor etwas gespeichert wird. Dann werden alle Klienten importiert oder keiner: Eine Zeile, die nicht importiert werden kann, hält den Import an, bis sie in der Datei korrigiert ist.</translation>
        </message>
        <message>
            <source>Each client is checked like one typed in: legal first and last name and date of birth are needed, phone numbers and e-mail addresses must be valid, and a minor needs a parent or guardian who can consent. Existing clients are never changed.</source>
            <translation>Jeder Klient wird wie bei manueller Eingabe geprüft: Amtlicher Vor- und Nachname sowie Geburtsdatum sind erforderlich, Telefonnummern und E-Mail-Adressen müssen gültig sein, und Minderjährige brauchen einen Elternteil bzw. eine sorgeberechtigte Person, die einwilligen kann. Bestehende Klienten werden nie verändert.</translation>
        </message>
        <message>
            <source>Choose a CSV file…</source>
            <translation>CSV-Datei wählen…</translation>
        </message>
        <message>
            <source>Check every row</source>
            <translation>Alle Zeilen prüfen</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln client(s)</source>
            <translation>
                <numerusform>%Ln Klienten importieren</numerusform>
                <numerusform>%Ln Klienten importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %Ln row(s)</source>
            <translation>
                <numerusform>{done} von %Ln Zeile</numerusform>
                <numerusform>{done} von %Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>{file} cannot be imported. {reason}</source>
            <translation>{file} kann nicht importiert werden. {reason}</translation>
        </message>
        <message>
            <source>The file cannot be imported. {reason}</source>
            <translation>Die Datei kann nicht importiert werden. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln client(s)…</source>
            <translation>
                <numerusform>%Ln Klient wird importiert…</numerusform>
                <numerusform>%Ln Klienten werden importiert…</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop to leave the practice as it was: until the last client is stored, nothing is kept.</source>
            <translation>Brechen Sie ab, um die Praxis unverändert zu lassen: Bis der letzte Klient gespeichert ist, wird nichts übernommen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) imported</source>
            <translation>
                <numerusform>%Ln Klient importiert</numerusform>
                <numerusform>%Ln Klienten importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>They are in the client list now, each with a client code. The import is recorded in the audit log. The CSV file was not changed: delete it if it should not stay on this computer.</source>
            <translation>Sie stehen jetzt in der Klientenliste, jeweils mit einem Klientencode. Der Import ist im Prüfprotokoll erfasst. Die CSV-Datei wurde nicht verändert: Löschen Sie sie, wenn sie nicht auf diesem Computer bleiben soll.</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>← All clients</source>
            <translation>← Alle Klienten</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the record (Ctrl+E)</source>
            <translation>Akte bearbeiten (Strg+E)</translation>
        </message>
        <message>
            <source>Why isn't it working?…</source>
            <translation>Warum wirkt es nicht?…</translation>
        </message>
        <message>
            <source>Every signal about this client at once, and a worksheet to explore with them</source>
            <translation>Alle Hinweise zu diesem Klienten auf einen Blick und ein Arbeitsblatt für das gemeinsame Gespräch</translation>
        </message>
        <message>
            <source>Export record…</source>
            <translation>Akte exportieren…</translation>
        </message>
        <message>
            <source>Archive…</source>
            <translation>Archivieren…</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Enquiry</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Ausgelöst</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Klärungsbedarf</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <source>Record what was done…</source>
            <translation>Erfassen, was getan wurde…</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Cut-off</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Beantwortet von</translation>
        </message>
        <message>
            <source>Follow-up items</source>
            <translation>Punkte zur Nachverfolgung</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Fragebögen</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Screening</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Treatment plan</source>
            <translation>Behandlungsplan</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Edit history</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <source>This client was not recorded as an enquiry first.</source>
            <translation>Dieser Klient wurde nicht zuvor als Anfrage erfasst.</translation>
        </message>
        <message>
            <source>Archived records are read-only; restore it first.</source>
            <translation>Archivierte Akten sind schreibgeschützt; stellen Sie die Akte zuerst wieder her.</translation>
        </message>
        <message>
            <source>Edit (Ctrl+E)</source>
            <translation>Bearbeiten (Strg+E)</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <source>{title} — open since {date}</source>
            <translation>{title} – offen seit {date}</translation>
        </message>
        <message>
            <source>nobody recorded</source>
            <translation>niemand erfasst</translation>
        </message>
        <message>
            <source>Minor (age {age}). Consent: {consenting}. Pays: {paying}.</source>
            <translation>Minderjährig ({age} Jahre). Einwilligung: {consenting}. Zahlt: {paying}.</translation>
        </message>
        <message>
            <source>Therapy requested by {who}.</source>
            <translation>Therapie gewünscht von: {who}.</translation>
        </message>
        <message>
            <source>Archived on {archived}; the record is kept until {until}. It is read-only.</source>
            <translation>Archiviert am {archived}; die Akte wird bis zum {until} aufbewahrt. Sie ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>{fee} ({rate} per session)</source>
            <translation>{fee} ({rate} pro Sitzung)</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Amtlicher Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>{date} (age {age})</source>
            <translation>{date} ({age} Jahre)</translation>
        </message>
        <message>
            <source>Diagnoses</source>
            <translation>Diagnosen</translation>
        </message>
        <message>
            <source>Process notes (private)</source>
            <translation>Prozessnotizen (privat)</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Noch nicht signiert</translation>
        </message>
        <message>
            <source>late entry</source>
            <translation>nachträglich erfasst</translation>
        </message>
        <message>
            <source>at or above</source>
            <translation>auf oder über</translation>
        </message>
        <message>
            <source>below</source>
            <translation>unter</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>nicht ausgewertet</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>{name} bearbeiten</translation>
        </message>
        <message>
            <source>Restore {name} to the active list? The record becomes editable again.</source>
            <translation>{name} wieder in die aktive Liste aufnehmen? Die Akte wird wieder bearbeitbar.</translation>
        </message>
        <message>
            <source>Archive {name}? The record becomes read-only and is hidden from the usual lists. It will be kept until {until}; you can restore it at any time.</source>
            <translation>{name} archivieren? Die Akte wird schreibgeschützt und in den üblichen Listen ausgeblendet. Sie wird bis zum {until} aufbewahrt; Sie können sie jederzeit wiederherstellen.</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Consent signed (version {version}) on {date}.</source>
            <translation>Einwilligung (Version {version}) am {date} unterschrieben.</translation>
        </message>
        <message>
            <source>Consent signed on paper (version {version}) on {date}.</source>
            <translation>Einwilligung auf Papier (Version {version}) am {date} unterschrieben.</translation>
        </message>
        <message>
            <source>Consent signed on version {version}; the current version is {current}. Offer re-consent.</source>
            <translation>Einwilligung in Version {version} unterschrieben; aktuell ist Version {current}. Bieten Sie eine erneute Einwilligung an.</translation>
        </message>
        <message>
            <source>Consent revoked.</source>
            <translation>Einwilligung widerrufen.</translation>
        </message>
        <message>
            <source>No signed consent yet.</source>
            <translation>Noch keine unterschriebene Einwilligung.</translation>
        </message>
        <message>
            <source>Enquired on {date}: {reason}</source>
            <translation>Angefragt am {date}: {reason}</translation>
        </message>
        <message>
            <source>Enquired on {date}: no reason noted</source>
            <translation>Angefragt am {date}: kein Anlass notiert</translation>
        </message>
        <message>
            <source>{name} ({relation})</source>
            <translation>{name} ({relation})</translation>
        </message>
        <message>
            <source>can consent</source>
            <translation>kann einwilligen</translation>
        </message>
        <message>
            <source>pays</source>
            <translation>zahlt</translation>
        </message>
        <message>
            <source>{code} {description} (primary)</source>
            <translation>{code} {description} (Hauptdiagnose)</translation>
        </message>
        <message>
            <source>{goal} — {status}, by {date}</source>
            <translation>{goal} – {status}, bis {date}</translation>
        </message>
        <message>
            <source>Record what was done</source>
            <translation>Erfassen, was getan wurde</translation>
        </message>
        <message>
            <source>e.g. Assessed at session 2: drinking within guidelines.</source>
            <translation>z. B. In Sitzung 2 abgeklärt: Alkoholkonsum im empfohlenen Rahmen.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Erase a client's record</source>
            <translation>Akte eines Klienten löschen</translation>
        </message>
        <message>
            <source>It was entered by mistake</source>
            <translation>Sie wurde irrtümlich angelegt</translation>
        </message>
        <message>
            <source>Its retention period has ended (kept until {date})</source>
            <translation>Ihre Aufbewahrungsfrist ist abgelaufen (aufbewahrt bis {date})</translation>
        </message>
        <message>
            <source>Its retention period has ended (only for archived records)</source>
            <translation>Ihre Aufbewahrungsfrist ist abgelaufen (nur bei archivierten Akten)</translation>
        </message>
        <message>
            <source>Erase permanently</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>This removes {name}'s record and everything attached to it. It cannot be undone. Archive instead if the record must be kept.</source>
            <translation>Damit werden die Akte von {name} und alles, was dazugehört, entfernt. Dies kann nicht rückgängig gemacht werden. Archivieren Sie die Akte stattdessen, wenn sie aufbewahrt werden muss.</translation>
        </message>
        <message>
            <source>Type the client's code, {code}, to confirm:</source>
            <translation>Geben Sie zur Bestätigung den Klientencode {code} ein:</translation>
        </message>
        <message>
            <source>Export a client's record</source>
            <translation>Akte eines Klienten exportieren</translation>
        </message>
        <message>
            <source>Include psychotherapy notes</source>
            <translation>Psychotherapienotizen einbeziehen</translation>
        </message>
        <message>
            <source>Choose folder and save…</source>
            <translation>Ordner wählen und speichern…</translation>
        </message>
        <message>
            <source>A readable PDF and a JSON file of {name}'s record, for a record request. The files are named with the client code, not the name. Saved files are not encrypted: hand them over securely.</source>
            <translation>Ein lesbares PDF und eine JSON-Datei der Akte von {name}, etwa für einen Antrag auf Akteneinsicht. Die Dateien tragen den Klientencode im Namen, nicht den Namen. Gespeicherte Dateien sind nicht verschlüsselt: Übergeben Sie sie auf sicherem Weg.</translation>
        </message>
        <message>
            <source>Psychotherapy notes (your private process notes) are left out unless you tick this box.</source>
            <translation>Psychotherapienotizen (Ihre privaten Prozessnotizen) werden nur einbezogen, wenn Sie dieses Kästchen ankreuzen.</translation>
        </message>
        <message>
            <source>Save the record in…</source>
            <translation>Akte speichern in…</translation>
        </message>
        <message>
            <source>Preparing the record…</source>
            <translation>Akte wird vorbereitet…</translation>
        </message>
        <message>
            <source>The record was not saved: {message}</source>
            <translation>Die Akte wurde nicht gespeichert: {message}</translation>
        </message>
        <message>
            <source>No treatment goals yet. Add goals in Edit… → Clinical; then give each goal objectives and interventions here.</source>
            <translation>Noch keine Behandlungsziele. Fügen Sie Ziele unter Bearbeiten… → Klinisch hinzu und ordnen Sie dann hier jedem Ziel Teilziele und Interventionen zu.</translation>
        </message>
        <message>
            <source>Add objective…</source>
            <translation>Teilziel hinzufügen…</translation>
        </message>
        <message>
            <source>Add intervention…</source>
            <translation>Intervention hinzufügen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Intervention: {text}</source>
            <translation>Intervention: {text}</translation>
        </message>
        <message>
            <source>Add an objective</source>
            <translation>Teilziel hinzufügen</translation>
        </message>
        <message>
            <source>A measurable step (e.g. “rides the bus twice a week without leaving early”)</source>
            <translation>Ein messbarer Schritt (z. B. „fährt zweimal pro Woche Bus, ohne vorzeitig auszusteigen“)</translation>
        </message>
        <message>
            <source>Add an intervention</source>
            <translation>Intervention hinzufügen</translation>
        </message>
        <message>
            <source>What you do towards this goal (e.g. “graded exposure, weekly”)</source>
            <translation>Was Sie für dieses Ziel tun (z. B. „gestufte Exposition, wöchentlich“)</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>Nicht hinzugefügt</translation>
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation>Teilziel: {text}</translation>
        </message>
        <message>
            <source>Objective: {text} — by {date}</source>
            <translation>Teilziel: {text} – bis {date}</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Gewünscht von</translation>
        </message>
        <message>
            <source>Enquired</source>
            <translation>Angefragt</translation>
        </message>
        <message>
            <source>Open enquiries</source>
            <translation>Offene Anfragen</translation>
        </message>
        <message>
            <source>Became clients</source>
            <translation>Zu Klienten geworden</translation>
        </message>
        <message>
            <source>Did not proceed</source>
            <translation>Nicht zustande gekommen</translation>
        </message>
        <message>
            <source>All enquiries</source>
            <translation>Alle Anfragen</translation>
        </message>
        <message>
            <source>How they heard of the practice</source>
            <translation>Wie die Person von der Praxis erfahren hat</translation>
        </message>
        <message>
            <source>e.g. weekday evenings, not Fridays</source>
            <translation>z. B. werktags abends, nicht freitags</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Who is asking</source>
            <translation>Wer anfragt</translation>
        </message>
        <message>
            <source>Wants help with</source>
            <translation>Anliegen</translation>
        </message>
        <message>
            <source>Heard of us from</source>
            <translation>Aufmerksam geworden durch</translation>
        </message>
        <message>
            <source>Preferred times</source>
            <translation>Bevorzugte Zeiten</translation>
        </message>
        <message>
            <source>Anything worth remembering (optional)</source>
            <translation>Sonstiges Erwähnenswertes (optional)</translation>
        </message>
        <message>
            <source>Search name, phone or e-mail   (Ctrl+F)</source>
            <translation>Name, Telefon oder E-Mail suchen   (Strg+F)</translation>
        </message>
        <message>
            <source>New enquiry</source>
            <translation>Neue Anfrage</translation>
        </message>
        <message>
            <source>Record a new enquiry (Ctrl+N)</source>
            <translation>Neue Anfrage erfassen (Strg+N)</translation>
        </message>
        <message>
            <source>Save enquiry</source>
            <translation>Anfrage speichern</translation>
        </message>
        <message>
            <source>Book the free consultation…</source>
            <translation>Erstgespräch vereinbaren…</translation>
        </message>
        <message>
            <source>Opens the calendar's booking for this enquiry</source>
            <translation>Öffnet die Terminbuchung im Kalender für diese Anfrage</translation>
        </message>
        <message>
            <source>Consultation held</source>
            <translation>Erstgespräch geführt</translation>
        </message>
        <message>
            <source>Start the intake…</source>
            <translation>Aufnahme beginnen…</translation>
        </message>
        <message>
            <source>Identity, history and screening; the enquiry becomes a client</source>
            <translation>Personalien, Anamnese und Screening; die Anfrage wird zum Klienten</translation>
        </message>
        <message>
            <source>Convert to client without intake…</source>
            <translation>Ohne Aufnahme in Klienten umwandeln…</translation>
        </message>
        <message>
            <source>Did not proceed…</source>
            <translation>Nicht zustande gekommen…</translation>
        </message>
        <message>
            <source>Reopen enquiry</source>
            <translation>Anfrage wieder öffnen</translation>
        </message>
        <message>
            <source>Open client</source>
            <translation>Klientenakte öffnen</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Record the call: who, how to reach them, what they want help with.</source>
            <translation>Halten Sie das Gespräch fest: wer, wie die Person erreichbar ist und wobei sie Hilfe möchte.</translation>
        </message>
        <message>
            <source>{status} · enquired {date}</source>
            <translation>{status} · angefragt am {date}</translation>
        </message>
        <message>
            <source>Convert to client</source>
            <translation>In Klienten umwandeln</translation>
        </message>
        <message>
            <source>Looks fine</source>
            <translation>Unauffällig</translation>
        </message>
        <message>
            <source>Worth a look</source>
            <translation>Genauer ansehen</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Noch unbekannt</translation>
        </message>
        <message>
            <source>Open Consent</source>
            <translation>Einwilligung öffnen</translation>
        </message>
        <message>
            <source>Open Screening</source>
            <translation>Screening öffnen</translation>
        </message>
        <message>
            <source>Open Chart</source>
            <translation>Verlauf öffnen</translation>
        </message>
        <message>
            <source>Open Notes</source>
            <translation>Notizen öffnen</translation>
        </message>
        <message>
            <source>Open Appointments</source>
            <translation>Termine öffnen</translation>
        </message>
        <message>
            <source>Why isn't therapy working?</source>
            <translation>Warum wirkt die Therapie nicht?</translation>
        </message>
        <message>
            <source>Why isn't therapy working? — {name}</source>
            <translation>Warum wirkt die Therapie nicht? – {name}</translation>
        </message>
        <message>
            <source>Every signal at once, in the order worth asking about: is there real agreement, what the screens found, what the scores say, how the client rates the sessions, homework, attendance. Tick what you have looked at.</source>
            <translation>Alle Hinweise auf einen Blick, in der Reihenfolge, in der sich das Nachfragen lohnt: Gibt es echte Übereinstimmung, was haben die Screenings ergeben, was sagen die Werte, wie bewertet der Klient die Sitzungen, Hausaufgaben, Teilnahme. Kreuzen Sie an, was Sie sich angesehen haben.</translation>
        </message>
        <message>
            <source>Worksheet to explore with the client</source>
            <translation>Arbeitsblatt für das Gespräch mit dem Klienten</translation>
        </message>
        <message>
            <source>Conversation starters, not a questionnaire: write down what the client says in their words.</source>
            <translation>Gesprächsanstöße, kein Fragebogen: Notieren Sie, was der Klient sagt, in seinen eigenen Worten.</translation>
        </message>
        <message>
            <source>Save to the client's record</source>
            <translation>In der Akte des Klienten speichern</translation>
        </message>
        <message>
            <source>Saved on {date}: {answers}, {items} reviewed.</source>
            <translation>Gespeichert am {date}: {answers}, {items} angesehen.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>Looked at</source>
            <translation>Angesehen</translation>
        </message>
        <message>
            <source>Saved to the client's record.</source>
            <translation>In der Akte des Klienten gespeichert.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;New section: {title}&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Neuer Abschnitt: {title}&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Removed: {title}&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entfernt: {title}&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Changed: {title}&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Geändert: {title}&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Now:&lt;/b&gt; {wording}</source>
            <translation>&lt;b&gt;Jetzt:&lt;/b&gt; {wording}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Was:&lt;/b&gt; {wording}</source>
            <translation>&lt;b&gt;Bisher:&lt;/b&gt; {wording}</translation>
        </message>
        <message>
            <source>&lt;p&gt;The wording is the same as the version you signed.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Der Wortlaut ist derselbe wie in der Version, die Sie unterschrieben haben.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;You will now see the whole form again. Sections marked unchanged read exactly as before.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sie sehen nun noch einmal das ganze Formular. Als unverändert markierte Abschnitte lauten genau wie zuvor.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>{caption}: signature pad</source>
            <translation>{caption}: Unterschriftenfeld</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Clear what was drawn on the pad</source>
            <translation>Die Zeichnung im Unterschriftenfeld löschen</translation>
        </message>
        <message>
            <source>…or type your full name instead of drawing</source>
            <translation>…oder geben Sie statt einer Unterschrift Ihren vollständigen Namen ein</translation>
        </message>
        <message>
            <source>{caption}: full name, typed instead of drawing</source>
            <translation>{caption}: vollständiger Name, eingegeben statt gezeichnet</translation>
        </message>
        <message>
            <source>Please read to the end of the section to continue.</source>
            <translation>Bitte lesen Sie den Abschnitt bis zum Ende, um fortzufahren.</translation>
        </message>
        <message>
            <source>{name}'s initials</source>
            <translation>Initialen von {name}</translation>
        </message>
        <message>
            <source>Your initials</source>
            <translation>Ihre Initialen</translation>
        </message>
        <message>
            <source>Initials of {name}</source>
            <translation>Initialen von {name}</translation>
        </message>
        <message>
            <source>We have read and agree to this section. Initials:</source>
            <translation>Wir haben diesen Abschnitt gelesen und stimmen ihm zu. Initialen:</translation>
        </message>
        <message>
            <source>I have read and agree to this section. Initials:</source>
            <translation>Ich habe diesen Abschnitt gelesen und stimme ihm zu. Initialen:</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Weiter →</translation>
        </message>
        <message>
            <source>Signature of the parent or guardian</source>
            <translation>Unterschrift des Elternteils bzw. der sorgeberechtigten Person</translation>
        </message>
        <message>
            <source>Signature of {name}</source>
            <translation>Unterschrift von {name}</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Ihre Unterschrift</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Unterschreiben</translation>
        </message>
        <message>
            <source>By signing, you consent to {client}'s therapy on these terms.</source>
            <translation>Mit Ihrer Unterschrift willigen Sie in die Therapie von {client} zu diesen Bedingungen ein.</translation>
        </message>
        <message>
            <source>By signing, you each consent to therapy with {clinician} on these terms.</source>
            <translation>Mit Ihrer Unterschrift willigen Sie beide in die Therapie bei {clinician} zu diesen Bedingungen ein.</translation>
        </message>
        <message>
            <source>By signing, you consent to therapy with {clinician} on these terms.</source>
            <translation>Mit Ihrer Unterschrift willigen Sie in die Therapie bei {clinician} zu diesen Bedingungen ein.</translation>
        </message>
        <message>
            <source>Signing as</source>
            <translation>Unterschrift als</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <source>Clinician's passphrase</source>
            <translation>Passphrase des Behandlers</translation>
        </message>
        <message>
            <source>Countersignature — {clinician}</source>
            <translation>Gegenzeichnung – {clinician}</translation>
        </message>
        <message>
            <source>Countersign and finish</source>
            <translation>Gegenzeichnen und abschließen</translation>
        </message>
        <message>
            <source>Stop without signing</source>
            <translation>Ohne Unterschrift abbrechen</translation>
        </message>
        <message>
            <source>Thank you. Please hand the laptop back to your therapist.</source>
            <translation>Vielen Dank. Bitte geben Sie den Laptop an Ihren Therapeuten zurück.</translation>
        </message>
        <message>
            <source>← Back to the form</source>
            <translation>← Zurück zum Formular</translation>
        </message>
        <message>
            <source>Read the form →</source>
            <translation>Formular lesen →</translation>
        </message>
        <message>
            <source>What changed since you signed version {version}</source>
            <translation>Was sich geändert hat, seit Sie Version {version} unterschrieben haben</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Therapist: stop signing</source>
            <translation>Therapeut: Unterschreiben abbrechen</translation>
        </message>
        <message>
            <source>Needs the clinician's passphrase</source>
            <translation>Erfordert die Passphrase des Behandlers</translation>
        </message>
        <message>
            <source>Section {number} of {count}</source>
            <translation>Abschnitt {number} von {count}</translation>
        </message>
        <message>
            <source>Unchanged since version {version}.</source>
            <translation>Unverändert seit Version {version}.</translation>
        </message>
        <message>
            <source>Please both sign on the pads, or type your full names.</source>
            <translation>Bitte unterschreiben Sie beide in den Feldern oder geben Sie Ihre vollständigen Namen ein.</translation>
        </message>
        <message>
            <source>Please sign on the pad, or type your full name.</source>
            <translation>Bitte unterschreiben Sie im Feld oder geben Sie Ihren vollständigen Namen ein.</translation>
        </message>
        <message>
            <source>Signing stopped. Your therapist's passphrase is needed to leave this screen.</source>
            <translation>Unterschreiben abgebrochen. Zum Verlassen dieses Bildschirms wird die Passphrase Ihres Therapeuten benötigt.</translation>
        </message>
        <message>
            <source>Please countersign, or type your name.</source>
            <translation>Bitte zeichnen Sie gegen oder geben Sie Ihren Namen ein.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>That is not the clinician's passphrase.</source>
            <translation>Das ist nicht die Passphrase des Behandlers.</translation>
        </message>
        <message>
            <source>Enter your passphrase to stop without signing.</source>
            <translation>Geben Sie Ihre Passphrase ein, um ohne Unterschrift abzubrechen.</translation>
        </message>
        <message>
            <source>Making today's backup…</source>
            <translation>Heutige Sicherung wird erstellt…</translation>
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation>Über&amp;springen</translation>
        </message>
        <message>
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>The backup could not be made.</source>
            <translation>Die Sicherung konnte nicht erstellt werden.</translation>
        </message>
        <message>
            <source>No backup was made</source>
            <translation>Es wurde keine Sicherung erstellt</translation>
        </message>
        <message>
            <source>{reason}

Your practice is saved as it was; Rapport will try again the next time it is open.</source>
            <translation>{reason}

Ihre Praxis ist unverändert gespeichert; Rapport versucht es beim nächsten Öffnen erneut.</translation>
        </message>
        <message>
            <source>Restoring the backup: checking it once more, then putting it in place…</source>
            <translation>Sicherung wird wiederhergestellt: Sie wird noch einmal geprüft und dann eingesetzt…</translation>
        </message>
        <message>
            <source>Rapport — restoring</source>
            <translation>Rapport – Wiederherstellung</translation>
        </message>
        <message>
            <source>The backup was not restored. {reason}</source>
            <translation>Die Sicherung wurde nicht wiederhergestellt. {reason}</translation>
        </message>
        <message>
            <source>Rapport cannot open the practice</source>
            <translation>Rapport kann die Praxis nicht öffnen</translation>
        </message>
        <message>
            <source>The backup of {date} is restored.</source>
            <translation>Die Sicherung vom {date} ist wiederhergestellt.</translation>
        </message>
        <message>
            <source>Unlock it with the passphrase it had when the backup was made.</source>
            <translation>Entsperren Sie die Praxis mit der Passphrase, die zum Zeitpunkt der Sicherung galt.</translation>
        </message>
        <message>
            <source>The practice it replaced is kept, unchanged, in {folder}.</source>
            <translation>Die ersetzte Praxis wird unverändert in {folder} aufbewahrt.</translation>
        </message>
        <message>
            <source>The backup is of another practice than the one it replaced.</source>
            <translation>Die Sicherung stammt von einer anderen Praxis als der ersetzten.</translation>
        </message>
        <message>
            <source>The backup was not restored.</source>
            <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
        </message>
        <message>
            <source>{reason}

Your practice is as it was. Unlock it to go on.</source>
            <translation>{reason}

Ihre Praxis ist unverändert. Entsperren Sie sie, um fortzufahren.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>The PDF could not be saved there.

{reason}</source>
            <translation>Das PDF konnte dort nicht gespeichert werden.

{reason}</translation>
        </message>
        <message>
            <source>Print {title}</source>
            <translation>{title} drucken</translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Seite {number} von {count}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation>Drucken (Strg+P)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Save a copy where you choose (Ctrl+S)</source>
            <translation>Kopie an einem Ort Ihrer Wahl speichern (Strg+S)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>What you had saved is safe. The last action may not have finished; please check it and try again.</source>
            <translation>Alles, was Sie gespeichert hatten, ist sicher. Die letzte Aktion wurde möglicherweise nicht abgeschlossen; bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>A technical report (without any client data) was written to:
{path}</source>
            <translation>Ein technischer Bericht (ohne Klientendaten) wurde gespeichert unter:
{path}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>Rapport ran into an unexpected problem.</source>
            <translation>In Rapport ist ein unerwartetes Problem aufgetreten.</translation>
        </message>
        <message>
            <source>7z archives (*{suffix});;All files (*)</source>
            <translation>7z-Archive (*{suffix});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>An export is made to leave this computer, and a 7z archive can be tried against guesses far faster than your practice can. If it opened with your practice's passphrase, a copy of the export would help someone open the practice itself.</source>
            <translation>Ein Export ist dafür gedacht, diesen Computer zu verlassen, und bei einem 7z-Archiv lassen sich geratene Passphrasen weit schneller durchprobieren als bei Ihrer Praxis. Ließe er sich mit der Passphrase Ihrer Praxis öffnen, könnte eine Kopie des Exports jemandem helfen, die Praxis selbst zu öffnen.</translation>
        </message>
        <message>
            <source>Rapport stopped the export because the practice was locked or closed. Nothing was left behind. Export again once the practice is open.</source>
            <translation>Rapport hat den Export abgebrochen, weil die Praxis gesperrt oder geschlossen wurde. Es ist nichts zurückgeblieben. Exportieren Sie erneut, sobald die Praxis geöffnet ist.</translation>
        </message>
        <message>
            <source>Export stopped</source>
            <translation>Export abgebrochen</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Psychotherapy notes</source>
            <translation>Psychotherapienotizen</translation>
        </message>
        <message>
            <source>Took</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>The practice is exported</source>
            <translation>Die Praxis wurde exportiert</translation>
        </message>
        <message>
            <source>The plain folder is written</source>
            <translation>Der unverschlüsselte Ordner wurde geschrieben</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>{clients}, with {charts} and {documents}; {records} in {tables}; {files} in all</source>
            <translation>{clients}, dazu {charts} und {documents}; {records} in {tables}; insgesamt {files}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln chart summary PDF(s)</source>
            <translation>
                <numerusform>%Ln Verlaufszusammenfassung (PDF)</numerusform>
                <numerusform>%Ln Verlaufszusammenfassungen (PDF)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln consent document(s)</source>
            <translation>
                <numerusform>%Ln Einwilligungsdokument</numerusform>
                <numerusform>%Ln Einwilligungsdokumente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln Datensatz</numerusform>
                <numerusform>%Ln Datensätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln table(s)</source>
            <translation>
                <numerusform>%Ln Tabelle</numerusform>
                <numerusform>%Ln Tabellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln Datei</numerusform>
                <numerusform>%Ln Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Included</source>
            <translation>Enthalten</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Nicht enthalten</translation>
        </message>
        <message>
            <source>{seconds} seconds</source>
            <translation>{seconds} Sekunden</translation>
        </message>
        <message>
            <source>It opens with 7-Zip, Keka, PeaZip or p7zip and the passphrase you chose; README.txt inside explains every file. Keep the passphrase apart from the file. The export is recorded in the audit log.</source>
            <translation>Die Datei lässt sich mit 7-Zip, Keka, PeaZip oder p7zip und der von Ihnen gewählten Passphrase öffnen; die enthaltene README.txt erklärt jede Datei. Bewahren Sie die Passphrase getrennt von der Datei auf. Der Export ist im Prüfprotokoll erfasst.</translation>
        </message>
        <message>
            <source>This folder is not encrypted: move it onto an encrypted disk now, and delete it here once it is there. The export is recorded in the audit log.</source>
            <translation>Dieser Ordner ist nicht verschlüsselt: Verschieben Sie ihn jetzt auf ein verschlüsseltes Laufwerk und löschen Sie ihn hier, sobald er dort ist. Der Export ist im Prüfprotokoll erfasst.</translation>
        </message>
        <message>
            <source>Export the whole practice</source>
            <translation>Gesamte Praxis exportieren</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Everything in your practice, in one file that opens without Rapport: every client's record, the calendar, sessions and notes, questionnaires with every answer, treatment plans, consents, invoices and payments, and the audit log. Each kind of record is a spreadsheet file (CSV) and a JSON file, a README explains every file and column, and each client has a folder, named by client code, with a chart summary and the signed consents.</source>
            <translation>Alles aus Ihrer Praxis in einer Datei, die sich ohne Rapport öffnen lässt: die Akte jedes Klienten, der Kalender, Sitzungen und Notizen, Fragebögen mit allen Antworten, Behandlungspläne, Einwilligungen, Rechnungen und Zahlungen sowie das Prüfprotokoll. Jede Art von Datensatz liegt als Tabellendatei (CSV) und als JSON-Datei vor, eine README erklärt jede Datei und Spalte, und jeder Klient hat einen nach seinem Klientencode benannten Ordner mit einer Verlaufszusammenfassung und den unterschriebenen Einwilligungen.</translation>
        </message>
        <message>
            <source>It is for taking your practice to other software, or for whoever looks after your records if you cannot. Day to day, the automatic backups keep your practice safe; an export is not needed for that.</source>
            <translation>Der Export dient dazu, Ihre Praxis in eine andere Software zu übernehmen, oder ist für die Person gedacht, die Ihre Akten betreut, falls Sie es selbst nicht können. Im Alltag schützen die automatischen Sicherungen Ihre Praxis; dafür ist kein Export nötig.</translation>
        </message>
        <message>
            <source>A passphrase for the export</source>
            <translation>Eine Passphrase für den Export</translation>
        </message>
        <message>
            <source>The export's passphrase</source>
            <translation>Passphrase des Exports</translation>
        </message>
        <message>
            <source>The export's passphrase, again</source>
            <translation>Passphrase des Exports, Wiederholung</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>The file is a 7z archive encrypted with AES-256, the names of the files inside too. 7-Zip, Keka, PeaZip or p7zip open it with the passphrase you choose here — a new one, not the one that opens your practice. Give it to whoever needs it separately from the file.</source>
            <translation>Die Datei ist ein mit AES-256 verschlüsseltes 7z-Archiv, einschließlich der Namen der enthaltenen Dateien. 7-Zip, Keka, PeaZip oder p7zip öffnen es mit der Passphrase, die Sie hier wählen – einer neuen, nicht der, mit der Sie Ihre Praxis öffnen. Geben Sie sie der Person, die sie braucht, getrennt von der Datei.</translation>
        </message>
        <message>
            <source>Include psychotherapy &amp;notes (your private process notes)</source>
            <translation>Psychotherapie&amp;notizen einbeziehen (Ihre privaten Prozessnotizen)</translation>
        </message>
        <message>
            <source>Left out unless ticked: process notes are kept apart from the clinical record.</source>
            <translation>Ohne Häkchen nicht enthalten: Prozessnotizen werden getrennt von der klinischen Akte geführt.</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter…</translation>
        </message>
        <message>
            <source>Export into a plain &amp;folder instead (not encrypted)</source>
            <translation>Stattdessen in einen einfachen &amp;Ordner exportieren (unverschlüsselt)</translation>
        </message>
        <message>
            <source>&lt;b&gt;The files will not be encrypted.&lt;/b&gt; Anyone who can open the folder — another account on this computer, a service that syncs or backs up the folder, whoever finds the drive — can read every record in it. Choose this only to put the files straight onto a disk you have encrypted yourself, and delete them once they are where they belong.</source>
            <translation>&lt;b&gt;Die Dateien werden nicht verschlüsselt.&lt;/b&gt; Jeder, der den Ordner öffnen kann – ein anderes Benutzerkonto auf diesem Computer, ein Dienst, der den Ordner synchronisiert oder sichert, wer auch immer das Laufwerk findet —, kann alle darin enthaltenen Daten lesen. Wählen Sie dies nur, um die Dateien direkt auf ein Laufwerk zu schreiben, das Sie selbst verschlüsselt haben, und löschen Sie sie, sobald sie dort sind, wo sie hingehören.</translation>
        </message>
        <message>
            <source>I &amp;understand the files will not be encrypted</source>
            <translation>Ich &amp;verstehe, dass die Dateien nicht verschlüsselt werden</translation>
        </message>
        <message>
            <source>Exporting the practice…</source>
            <translation>Praxis wird exportiert…</translation>
        </message>
        <message>
            <source>Into a new folder</source>
            <translation>In einen neuen Ordner</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <source>C&amp;hoose a folder…</source>
            <translation>Ordner &amp;wählen…</translation>
        </message>
        <message>
            <source>Make the export's folder inside…</source>
            <translation>Exportordner anlegen in…</translation>
        </message>
        <message>
            <source>Save the export as</source>
            <translation>Export speichern unter</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>“{name}” exists already in {folder}.

Replace it with the new export? The file there now is removed once the new one is complete.</source>
            <translation>„{name}“ ist in {folder} bereits vorhanden.

Durch den neuen Export ersetzen? Die vorhandene Datei wird entfernt, sobald die neue vollständig ist.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Tick this to export without encryption, or untick the plain folder.</source>
            <translation>Setzen Sie dieses Häkchen, um unverschlüsselt zu exportieren, oder entfernen Sie das Häkchen beim einfachen Ordner.</translation>
        </message>
        <message>
            <source>Writing the plain folder…</source>
            <translation>Unverschlüsselter Ordner wird geschrieben…</translation>
        </message>
        <message>
            <source>Cancel stops the export and removes what was written so far.</source>
            <translation>„Export abbrechen“ beendet den Export und entfernt, was bisher geschrieben wurde.</translation>
        </message>
        <message>
            <source>Each file is encrypted as it goes into the archive: nothing is put on the disk in plain form. Cancel stops the export and removes what was written so far.</source>
            <translation>Jede Datei wird beim Hinzufügen zum Archiv verschlüsselt: Nichts gelangt unverschlüsselt auf den Datenträger. „Export abbrechen“ beendet den Export und entfernt, was bisher geschrieben wurde.</translation>
        </message>
        <message>
            <source>Reading the practice…</source>
            <translation>Praxis wird gelesen…</translation>
        </message>
        <message>
            <source>Checking the passphrase…</source>
            <translation>Passphrase wird geprüft…</translation>
        </message>
        <message>
            <source>{percent} % · {step}</source>
            <translation>{percent} % · {step}</translation>
        </message>
        <message>
            <source>An unexpected problem stopped the export; nothing was left behind. The details are in the log file.</source>
            <translation>Ein unerwartetes Problem hat den Export abgebrochen; es ist nichts zurückgeblieben. Einzelheiten stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Export abbrechen</translation>
        </message>
        <message>
            <source>Stopping, and removing what was written…</source>
            <translation>Wird abgebrochen, bereits Geschriebenes wird entfernt…</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Getting started with Rapport&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Erste Schritte mit Rapport&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Rapport keeps your whole practice in one encrypted file on this computer. Nothing is sent anywhere. These are the first steps, in the order most clinicians take them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Rapport bewahrt Ihre gesamte Praxis in einer einzigen verschlüsselten Datei auf diesem Computer auf. Es wird nichts übertragen. Hier sind die ersten Schritte, in der Reihenfolge, in der die meisten Therapeuten sie gehen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;1. Your practice file and your passphrase&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;1. Ihre Praxisdatei und Ihre Passphrase&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;You made your practice when Rapport first opened: its details, a passphrase of at least 12 characters, and a recovery code. Every time Rapport opens, or after it has locked itself (after 10 minutes without activity, or at once with &lt;b&gt;Ctrl+L&lt;/b&gt;), it asks for the passphrase. Change it, or the time before locking, in &lt;a href="rapport:Settings"&gt;Settings → Security&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ihre Praxis haben Sie beim ersten Start von Rapport angelegt: mit ihren Angaben, einer Passphrase aus mindestens 12 Zeichen und einem Wiederherstellungscode. Bei jedem Start und immer, wenn Rapport sich gesperrt hat (nach 10 Minuten ohne Aktivität oder sofort mit &lt;b&gt;Strg+L&lt;/b&gt;), fragt es nach der Passphrase. Die Passphrase und die Zeit bis zum Sperren ändern Sie unter &lt;a href="rapport:Settings"&gt;Einstellungen → Sicherheit&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;2. Keep the recovery code safe&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;2. Den Wiederherstellungscode sicher aufbewahren&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The recovery code is the only way in if the passphrase is forgotten: nobody else, not even the makers of Rapport, can open your records without one of the two. Print the &lt;i&gt;emergency access kit&lt;/i&gt; and keep it away from the computer (a locked drawer). If it was lost or seen, make a new one in &lt;a href="rapport:Settings"&gt;Settings → Security&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Der Wiederherstellungscode ist der einzige Zugang, wenn die Passphrase vergessen ist: Ohne eines von beiden kann niemand sonst Ihre Unterlagen öffnen, auch nicht die Entwickler von Rapport. Drucken Sie das &lt;i&gt;Notfall-Kit&lt;/i&gt; aus und bewahren Sie es getrennt vom Computer auf (in einer verschlossenen Schublade). Ist es verloren gegangen oder hat jemand es gesehen, erstellen Sie einen neuen Code unter &lt;a href="rapport:Settings"&gt;Einstellungen → Sicherheit&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;3. Backups&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;3. Datensicherung&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Rapport backs the practice up by itself every day and when you quit. Add a second folder — an external drive — in &lt;a href="rapport:Settings"&gt;Settings → Backups&lt;/a&gt;, so that a lost or broken laptop does not take your records with it. A backup opens with the passphrase the practice had when it was made.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Rapport sichert die Praxis jeden Tag und beim Beenden von selbst. Richten Sie unter &lt;a href="rapport:Settings"&gt;Einstellungen → Datensicherung&lt;/a&gt; einen zweiten Ordner ein – auf einem externen Laufwerk –, damit ein verlorener oder defekter Laptop Ihre Unterlagen nicht mit sich nimmt. Eine Sicherung öffnet sich mit der Passphrase, die die Praxis hatte, als die Sicherung erstellt wurde.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;4. Your first client&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;4. Ihr erster Klient&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;An enquiry starts in &lt;a href="rapport:Prospects"&gt;Prospects&lt;/a&gt; (&lt;b&gt;Ctrl+4&lt;/b&gt;, then &lt;b&gt;Ctrl+N&lt;/b&gt;): record the call and &lt;i&gt;Book the free consultation…&lt;/i&gt;. When they decide to start, &lt;i&gt;Start the intake…&lt;/i&gt; makes them a client. Or add a client directly in &lt;a href="rapport:Clients"&gt;Clients&lt;/a&gt; (&lt;b&gt;Ctrl+3&lt;/b&gt;, then &lt;b&gt;Ctrl+N&lt;/b&gt;). The intake asks what you need for the record, then goes on to the consent form, which the client reads and signs on the screen.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Eine Anfrage beginnt unter &lt;a href="rapport:Prospects"&gt;Anfragen&lt;/a&gt; (&lt;b&gt;Strg+4&lt;/b&gt;, dann &lt;b&gt;Strg+N&lt;/b&gt;): Halten Sie das Telefonat fest und buchen Sie mit &lt;i&gt;Erstgespräch vereinbaren…&lt;/i&gt; das kostenlose Erstgespräch. Entscheidet sich die Person für eine Therapie, macht &lt;i&gt;Aufnahme beginnen…&lt;/i&gt; sie zum Klienten. Oder legen Sie einen Klienten direkt unter &lt;a href="rapport:Clients"&gt;Klienten&lt;/a&gt; an (&lt;b&gt;Strg+3&lt;/b&gt;, dann &lt;b&gt;Strg+N&lt;/b&gt;). Die Aufnahme fragt ab, was Sie für die Akte brauchen, und führt dann zur Einverständniserklärung, die der Klient am Bildschirm liest und unterschreibt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;5. Your first session&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;5. Ihre erste Sitzung&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Book it in the &lt;a href="rapport:Calendar"&gt;Calendar&lt;/a&gt; (&lt;b&gt;Ctrl+2&lt;/b&gt;; double-click a time, or &lt;b&gt;Ctrl+N&lt;/b&gt;). On the day it is on &lt;a href="rapport:Today"&gt;Today&lt;/a&gt; (&lt;b&gt;Ctrl+1&lt;/b&gt;): &lt;i&gt;Start session&lt;/i&gt; opens the note beside the client's chart. Hand the laptop over for the check-in questionnaire if the measurement plan asks for one; the client's window shows nothing else and closes only with your passphrase. The note is saved as you type; sign it when it is finished — a signed note cannot be changed, only added to.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tragen Sie sie im &lt;a href="rapport:Calendar"&gt;Kalender&lt;/a&gt; ein (&lt;b&gt;Strg+2&lt;/b&gt;; Doppelklick auf eine Uhrzeit oder &lt;b&gt;Strg+N&lt;/b&gt;). Am Tag selbst steht sie unter &lt;a href="rapport:Today"&gt;Heute&lt;/a&gt; (&lt;b&gt;Strg+1&lt;/b&gt;): &lt;i&gt;Sitzung beginnen&lt;/i&gt; öffnet die Notiz neben dem Verlauf des Klienten. Sieht der Messplan einen Fragebogen zu Sitzungsbeginn vor, reichen Sie dem Klienten den Laptop; sein Fenster zeigt nichts anderes und schließt sich nur mit Ihrer Passphrase. Die Notiz wird beim Schreiben gespeichert; signieren Sie sie, wenn sie fertig ist – eine signierte Notiz kann nicht mehr geändert, nur noch ergänzt werden.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;6. Is therapy working?&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;6. Wirkt die Therapie?&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Each client's &lt;i&gt;Chart&lt;/i&gt; shows every questionnaire over time, with what counts as reliable change. &lt;a href="rapport:Today"&gt;Today&lt;/a&gt; lists the clients who need attention — not improving, getting worse, a low rating of the session — and &lt;a href="rapport:Outcomes"&gt;Outcomes&lt;/a&gt; (&lt;b&gt;Ctrl+6&lt;/b&gt;) shows the whole practice.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Der &lt;i&gt;Verlauf&lt;/i&gt; jedes Klienten zeigt alle Fragebögen über die Zeit, mit dem, was als reliable Veränderung gilt. &lt;a href="rapport:Today"&gt;Heute&lt;/a&gt; listet die Klienten, die Aufmerksamkeit brauchen – keine Besserung, eine Verschlechterung, eine niedrige Bewertung der Sitzung –, und &lt;a href="rapport:Outcomes"&gt;Ergebnisse&lt;/a&gt; (&lt;b&gt;Strg+6&lt;/b&gt;) zeigt die ganze Praxis.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;7. Billing&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;7. Abrechnung&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Attended sessions, late cancellations and no-shows are charged by themselves at the fees in &lt;a href="rapport:Settings"&gt;Settings → Billing&lt;/a&gt;. Invoices, payments and receipts are on the client's &lt;i&gt;Billing&lt;/i&gt; tab and in &lt;a href="rapport:Billing"&gt;Billing&lt;/a&gt; (&lt;b&gt;Ctrl+7&lt;/b&gt;).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wahrgenommene Sitzungen, kurzfristige Absagen und versäumte Termine werden von selbst zu den Honoraren unter &lt;a href="rapport:Settings"&gt;Einstellungen → Abrechnung&lt;/a&gt; berechnet. Rechnungen, Zahlungen und Quittungen finden Sie auf dem Reiter &lt;i&gt;Abrechnung&lt;/i&gt; des Klienten und unter &lt;a href="rapport:Billing"&gt;Abrechnung&lt;/a&gt; (&lt;b&gt;Strg+7&lt;/b&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Everything is described in more detail in the README that comes with Rapport.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ausführlicher ist alles in der README beschrieben, die Rapport beiliegt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Getting started — Rapport</source>
            <translation>Erste Schritte – Rapport</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Thank you — that's all.

Please hand the laptop back.</source>
            <translation>Vielen Dank – das war alles.

Bitte geben Sie den Laptop zurück.</translation>
        </message>
        <message>
            <source>← Previous question</source>
            <translation>← Vorherige Frage</translation>
        </message>
        <message>
            <source>For the clinician</source>
            <translation>Für den Behandler</translation>
        </message>
        <message>
            <source>Take the laptop back before the end</source>
            <translation>Den Laptop vor dem Ende zurücknehmen</translation>
        </message>
        <message>
            <source>← Back to the questions</source>
            <translation>← Zurück zu den Fragen</translation>
        </message>
        <message>
            <source>Clinician's passphrase or PIN</source>
            <translation>Passphrase oder PIN des Behandlers</translation>
        </message>
        <message>
            <source>Return to Rapport</source>
            <translation>Zurück zu Rapport</translation>
        </message>
        <message>
            <source>For {name}</source>
            <translation>Für {name}</translation>
        </message>
        <message>
            <source>Question {number} of {count}</source>
            <translation>Frage {number} von {count}</translation>
        </message>
        <message>
            <source>That is not the clinician's passphrase or PIN.</source>
            <translation>Das ist nicht die Passphrase oder PIN des Behandlers.</translation>
        </message>
        <message>
            <source>{name}: 0 — the gate question was answered no.</source>
            <translation>{name}: 0 – die Filterfrage wurde mit Nein beantwortet.</translation>
        </message>
        <message>
            <source>{name}: items are reported one by one.</source>
            <translation>{name}: Die Items werden einzeln ausgewiesen.</translation>
        </message>
        <message>
            <source>{name}: not scored yet ({count} unanswered).</source>
            <translation>{name}: noch nicht ausgewertet ({count} unbeantwortet).</translation>
        </message>
        <message>
            <source>{name}: {total} — {band} — at or above the cut-off</source>
            <translation>{name}: {total} – {band} – auf oder über dem Cut-off</translation>
        </message>
        <message>
            <source>{name}: {total} — {band}</source>
            <translation>{name}: {total} – {band}</translation>
        </message>
        <message>
            <source>{name}: {total} — at or above the cut-off</source>
            <translation>{name}: {total} – auf oder über dem Cut-off</translation>
        </message>
        <message>
            <source>{name}: {total}</source>
            <translation>{name}: {total}</translation>
        </message>
        <message>
            <source>{number}. {question}</source>
            <translation>{number}. {question}</translation>
        </message>
        <message>
            <source>— not answered —</source>
            <translation>— nicht beantwortet —</translation>
        </message>
        <message>
            <source>{value}  {answer}</source>
            <translation>{value}  {answer}</translation>
        </message>
        <message>
            <source>Who wants this therapy, and why now</source>
            <translation>Wer die Therapie wünscht und warum gerade jetzt</translation>
        </message>
        <message>
            <source>Therapy that someone else asked for starts differently from therapy the client chose. Note what the client hopes will change and what was tried before.</source>
            <translation>Eine Therapie, die jemand anderes angestoßen hat, beginnt anders als eine, für die sich der Klient selbst entschieden hat. Notieren Sie, was sich nach Hoffnung des Klienten ändern soll und was bereits versucht wurde.</translation>
        </message>
        <message>
            <source>What made the client seek help now? *</source>
            <translation>Was hat den Klienten veranlasst, gerade jetzt Hilfe zu suchen? *</translation>
        </message>
        <message>
            <source>What the client hopes will be different</source>
            <translation>Was nach Hoffnung des Klienten anders werden soll</translation>
        </message>
        <message>
            <source>What they already tried on their own</source>
            <translation>Was der Klient bereits selbst versucht hat</translation>
        </message>
        <message>
            <source>Earlier therapy: when, with whom, how long</source>
            <translation>Frühere Therapie: wann, bei wem, wie lange</translation>
        </message>
        <message>
            <source>What did not help, in their words</source>
            <translation>Was nicht geholfen hat, in seinen eigenen Worten</translation>
        </message>
        <message>
            <source>Asked for by</source>
            <translation>Gewünscht von</translation>
        </message>
        <message>
            <source>Why now *</source>
            <translation>Warum jetzt *</translation>
        </message>
        <message>
            <source>Hopes</source>
            <translation>Erwartungen</translation>
        </message>
        <message>
            <source>Tried already</source>
            <translation>Bereits versucht</translation>
        </message>
        <message>
            <source>Earlier therapy</source>
            <translation>Frühere Therapie</translation>
        </message>
        <message>
            <source>What did not help</source>
            <translation>Was nicht geholfen hat</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Anamnese</translation>
        </message>
        <message>
            <source>What is easy to miss under the presenting complaint: health, medication, substance use, trauma, earlier diagnoses and risk.</source>
            <translation>Was unter dem Vorstellungsanlass leicht übersehen wird: Gesundheit, Medikation, Substanzkonsum, Trauma, frühere Diagnosen und Risiko.</translation>
        </message>
        <message>
            <source>Medical conditions</source>
            <translation>Körperliche Erkrankungen</translation>
        </message>
        <message>
            <source>Current medication and who prescribes it</source>
            <translation>Aktuelle Medikation und wer sie verordnet</translation>
        </message>
        <message>
            <source>Alcohol, drugs, gambling — what and how much</source>
            <translation>Alkohol, Drogen, Glücksspiel – was und wie viel</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— bitte wählen —</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Noch nicht erfragt</translation>
        </message>
        <message>
            <source>Diagnoses given before, by whom</source>
            <translation>Bisherige Diagnosen, von wem gestellt</translation>
        </message>
        <message>
            <source>Self-harm, suicide attempts, violence — past and present</source>
            <translation>Selbstverletzung, Suizidversuche, Gewalt – früher und aktuell</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikation</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Substanzkonsum</translation>
        </message>
        <message>
            <source>Trauma exposure *</source>
            <translation>Traumatische Erfahrungen *</translation>
        </message>
        <message>
            <source>Earlier diagnoses</source>
            <translation>Frühere Diagnosen</translation>
        </message>
        <message>
            <source>Risk history</source>
            <translation>Risikoanamnese</translation>
        </message>
        <message>
            <source>Choose the questionnaires, then enter the answers (the client's paper form, or read aloud). Positive screens become follow-up items you will close later.</source>
            <translation>Wählen Sie die Fragebögen und geben Sie dann die Antworten ein (vom Papierbogen des Klienten oder mündlich erfragt). Positive Screenings werden zu Punkten zur Nachverfolgung, die Sie später abschließen.</translation>
        </message>
        <message>
            <source>Hand the laptop to the client…</source>
            <translation>Laptop an den Klienten übergeben…</translation>
        </message>
        <message>
            <source>A full-screen view with only these questionnaires; your passphrase ends it</source>
            <translation>Eine Vollbildansicht nur mit diesen Fragebögen; Ihre Passphrase beendet sie</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Check the screens before finishing. Positive screens become follow-up items.</source>
            <translation>Prüfen Sie die Screenings, bevor Sie abschließen. Positive Screenings werden zu Punkten zur Nachverfolgung.</translation>
        </message>
        <message>
            <source>A risk item was answered above zero. Record that you have seen it, and the safety plan or your rationale, before finishing.</source>
            <translation>Ein Risiko-Item wurde mit mehr als null beantwortet. Dokumentieren Sie vor dem Abschließen, dass Sie dies gesehen haben, sowie den Sicherheitsplan oder Ihre Begründung.</translation>
        </message>
        <message>
            <source>Seen; safety plan / rationale: …</source>
            <translation>Gesehen; Sicherheitsplan / Begründung: …</translation>
        </message>
        <message>
            <source>Save or print the intake summary…</source>
            <translation>Aufnahmezusammenfassung speichern oder drucken…</translation>
        </message>
        <message>
            <source>Then sign the consent form on this computer</source>
            <translation>Anschließend das Einwilligungsformular an diesem Computer unterschreiben</translation>
        </message>
        <message>
            <source>No screening questionnaires were given.</source>
            <translation>Es wurden keine Screening-Fragebögen vorgelegt.</translation>
        </message>
        <message>
            <source>{result} → follow-up: {action}</source>
            <translation>{result} → Nachverfolgung: {action}</translation>
        </message>
        <message>
            <source>After Finish, the client (or their guardian) reads and signs the consent, full screen</source>
            <translation>Nach „Aufnahme abschließen“ liest und unterschreibt der Klient (oder die sorgeberechtigte Person) die Einwilligung im Vollbild</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Aufnahme</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Als Entwurf behalten</translation>
        </message>
        <message>
            <source>Finish intake</source>
            <translation>Aufnahme abschließen</translation>
        </message>
        <message>
            <source>Who the client is. Fields marked * are needed.</source>
            <translation>Wer der Klient ist. Mit * markierte Felder sind Pflichtfelder.</translation>
        </message>
        <message>
            <source>Contact, emergency contact and guardians</source>
            <translation>Kontakt, Notfallkontakt und Sorgeberechtigte</translation>
        </message>
        <message>
            <source>How to reach the client, who to call in an emergency, and — for a minor — who consents and who pays.</source>
            <translation>Wie der Klient erreichbar ist, wer im Notfall anzurufen ist und – bei Minderjährigen – wer einwilligt und wer zahlt.</translation>
        </message>
        <message>
            <source>Leave the intake?</source>
            <translation>Aufnahme verlassen?</translation>
        </message>
        <message>
            <source>Keep what you entered as a draft, to finish later?</source>
            <translation>Das bisher Eingegebene als Entwurf behalten, um es später abzuschließen?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Continue the intake</source>
            <translation>Aufnahme fortsetzen</translation>
        </message>
        <message>
            <source>The intake cannot be finished yet</source>
            <translation>Die Aufnahme kann noch nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>Intake summary</source>
            <translation>Aufnahmezusammenfassung</translation>
        </message>
        <message>
            <source>Save the summary as a PDF, or print it?</source>
            <translation>Die Zusammenfassung als PDF speichern oder drucken?</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Export the whole practice…</source>
            <translation>Gesamte Praxis &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Lock practice</source>
            <translation>Praxis &amp;sperren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>&amp;Erste Schritte</translation>
        </message>
        <message>
            <source>&amp;About Rapport</source>
            <translation>Über &amp;Rapport</translation>
        </message>
        <message>
            <source>The session cannot start</source>
            <translation>Die Sitzung kann nicht beginnen</translation>
        </message>
        <message>
            <source>{practice} — Rapport</source>
            <translation>{practice} – Rapport</translation>
        </message>
        <message>
            <source>Clients compared</source>
            <translation>Verglichene Klienten</translation>
        </message>
        <message>
            <source>Reliable improvement</source>
            <translation>Reliable Verbesserung</translation>
        </message>
        <message>
            <source>Reliably recovered</source>
            <translation>Reliabel remittiert</translation>
        </message>
        <message>
            <source>Reliable deterioration</source>
            <translation>Reliable Verschlechterung</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format</comment>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Of the clients at or above the cut-off at their first score</source>
            <translation>Von den Klienten, deren erster Wert auf oder über dem Cut-off lag</translation>
        </message>
        <message>
            <source>From</source>
            <comment>period</comment>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <comment>period</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Each client's first score is compared with their last one in the period. Reliable change uses each questionnaire's own reliable-change value; recovery counts clients who started at or above the cut-off and ended below it. Computed on this computer; nothing is sent anywhere.</source>
            <translation>Der erste Wert jedes Klienten wird mit seinem letzten im Zeitraum verglichen. Die reliable Veränderung richtet sich nach dem Reliable-Change-Wert des jeweiligen Fragebogens; als remittiert zählen Klienten, die auf oder über dem Cut-off begonnen haben und zuletzt darunter lagen. Berechnet auf diesem Computer; es wird nichts übertragen.</translation>
        </message>
        <message>
            <source>{percent} ({count} of {total})</source>
            <translation>{percent} ({count} von {total})</translation>
        </message>
        <message numerus="yes">
            <source>How clients rated the sessions: {average} on average over %Ln session evaluation(s).</source>
            <translation>
                <numerusform>Bewertung der Sitzungen durch die Klienten: im Durchschnitt {average} bei %Ln Sitzungsbewertung.</numerusform>
                <numerusform>Bewertung der Sitzungen durch die Klienten: im Durchschnitt {average} bei %Ln Sitzungsbewertungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>How clients rated the sessions: no session evaluation in the period.</source>
            <translation>Bewertung der Sitzungen durch die Klienten: keine Sitzungsbewertung im Zeitraum.</translation>
        </message>
        <message>
            <source>Clients who started in the period: {count}, {sessions} sessions each on average.</source>
            <translation>Klienten, die im Zeitraum begonnen haben: {count}, im Durchschnitt {sessions} Sitzungen pro Klient.</translation>
        </message>
        <message>
            <source>Clients who started in the period: {count}.</source>
            <translation>Klienten, die im Zeitraum begonnen haben: {count}.</translation>
        </message>
        <message>
            <source>Free consultations held: {held}; became clients: {became} ({percent}).</source>
            <translation>Geführte Erstgespräche: {held}; daraus Klienten geworden: {became} ({percent}).</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Neue Passphrase wählen</translation>
        </message>
        <message>
            <source>Your new passphrase replaces the old one at once; the old one will no longer open your practice. Your recovery code keeps working.</source>
            <translation>Ihre neue Passphrase ersetzt die alte sofort; mit der alten lässt sich Ihre Praxis nicht mehr öffnen. Ihr Wiederherstellungscode bleibt gültig.</translation>
        </message>
        <message>
            <source>You opened your practice with the recovery code. Choose a new passphrase now; the forgotten one will no longer open your practice.</source>
            <translation>Sie haben Ihre Praxis mit dem Wiederherstellungscode geöffnet. Wählen Sie jetzt eine neue Passphrase; mit der vergessenen lässt sich Ihre Praxis nicht mehr öffnen.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Set passphrase</source>
            <translation>Passphrase festlegen</translation>
        </message>
        <message>
            <source>Lock instead</source>
            <translation>Stattdessen sperren</translation>
        </message>
        <message>
            <source>Protecting your practice with the new passphrase…</source>
            <translation>Ihre Praxis wird mit der neuen Passphrase geschützt…</translation>
        </message>
        <message>
            <source>This is not your current passphrase.</source>
            <translation>Dies ist nicht Ihre aktuelle Passphrase.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed. Nothing was changed.</source>
            <translation>Die Passphrase konnte nicht geändert werden. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Private process notes — kept apart from the clinical record and left out of record requests and exports.</source>
            <translation>Private Prozessnotizen – getrennt von der klinischen Akte aufbewahrt und von Anträgen auf Akteneinsicht und Exporten ausgenommen.</translation>
        </message>
        <message>
            <source>Goals this session addressed</source>
            <translation>In dieser Sitzung bearbeitete Ziele</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Gespeichert um {time}</translation>
        </message>
        <message>
            <source>Not saved — {problem}. Your text is kept here and saving is retried every 2 seconds.</source>
            <translation>Nicht gespeichert – {problem}. Ihr Text bleibt hier erhalten; das Speichern wird alle 2 Sekunden erneut versucht.</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Alle Notizen</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Sitzungsnotizen</translation>
        </message>
        <message>
            <source>Process notes</source>
            <translation>Prozessnotizen</translation>
        </message>
        <message>
            <source>Search every note: words, or the start of a word</source>
            <translation>Alle Notizen durchsuchen: Wörter oder Wortanfänge</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>Client code or name</source>
            <translation>Klientencode oder Name</translation>
        </message>
        <message>
            <source>Include archived clients</source>
            <translation>Archivierte Klienten einbeziehen</translation>
        </message>
        <message>
            <source>since</source>
            <comment>notes written since a date</comment>
            <translation>seit</translation>
        </message>
        <message>
            <source>No client matches that.</source>
            <translation>Kein Klient passt dazu.</translation>
        </message>
        <message>
            <source>Several clients match: type more of the name, or the code.</source>
            <translation>Mehrere Klienten passen: Geben Sie mehr vom Namen oder den Code ein.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) found (the 50 most recent)</source>
            <translation>
                <numerusform>%n Notiz gefunden (die 50 neuesten)</numerusform>
                <numerusform>%n Notizen gefunden (die 50 neuesten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) found</source>
            <translation>
                <numerusform>%n Notiz gefunden</numerusform>
                <numerusform>%n Notizen gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>private</source>
            <translation>privat</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>nicht signiert</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {facts}&lt;br&gt;{snippet}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {facts}&lt;br&gt;{snippet}</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) to sign</source>
            <translation>
                <numerusform>%n Notiz zu signieren</numerusform>
                <numerusform>%n Notizen zu signieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Every note is signed. Type to search all notes.</source>
            <translation>Alle Notizen sind signiert. Tippen Sie, um alle Notizen zu durchsuchen.</translation>
        </message>
        <message>
            <source>Hand to {name}: before the session ({count})</source>
            <translation>An {name} übergeben: vor der Sitzung ({count})</translation>
        </message>
        <message>
            <source>Hand to {name}: after the session ({count})</source>
            <translation>An {name} übergeben: nach der Sitzung ({count})</translation>
        </message>
        <message>
            <source>Hand to client: before the session ({count})</source>
            <translation>An den Klienten übergeben: vor der Sitzung ({count})</translation>
        </message>
        <message>
            <source>Hand to client: after the session ({count})</source>
            <translation>An den Klienten übergeben: nach der Sitzung ({count})</translation>
        </message>
        <message>
            <source>{name}: answered (no total)</source>
            <translation>{name}: beantwortet (kein Gesamtwert)</translation>
        </message>
        <message>
            <source>{name}: {total} ({band}), {change} since {date}</source>
            <translation>{name}: {total} ({band}), {change} seit {date}</translation>
        </message>
        <message>
            <source>{name}: {total}, {change} since {date}</source>
            <translation>{name}: {total}, {change} seit {date}</translation>
        </message>
        <message>
            <source>{name}: {total} ({band})</source>
            <translation>{name}: {total} ({band})</translation>
        </message>
        <message>
            <source>No questionnaire answered for this session yet.</source>
            <translation>Für diese Sitzung wurde noch kein Fragebogen beantwortet.</translation>
        </message>
        <message>
            <source>{risks}

The follow-up item stays open until you record what was done.</source>
            <translation>{risks}

Der Punkt zur Nachverfolgung bleibt offen, bis Sie dokumentieren, was getan wurde.</translation>
        </message>
        <message>
            <source>Enter {name}'s paper survey…</source>
            <translation>Papierfragebogen von {name} eingeben…</translation>
        </message>
        <message>
            <source>Enter a paper survey…</source>
            <translation>Papierfragebogen eingeben…</translation>
        </message>
        <message>
            <source>Print blank survey…</source>
            <translation>Leeren Fragebogen drucken…</translation>
        </message>
        <message>
            <source>The session evaluation is not installed.</source>
            <translation>Die Sitzungsbewertung ist nicht installiert.</translation>
        </message>
        <message>
            <source>{name} has rated this session: a guess is made before seeing it.</source>
            <translation>{name} hat diese Sitzung bereits bewertet: Die Einschätzung wird abgegeben, bevor man die Bewertung sieht.</translation>
        </message>
        <message>
            <source>The client has rated this session: a guess is made before seeing it.</source>
            <translation>Der Klient hat diese Sitzung bereits bewertet: Die Einschätzung wird abgegeben, bevor man die Bewertung sieht.</translation>
        </message>
        <message>
            <source>Guess before {name} rates it.</source>
            <translation>Schätzen Sie ein, bevor {name} die Sitzung bewertet.</translation>
        </message>
        <message>
            <source>Guess before they rate it.</source>
            <translation>Schätzen Sie ein, bevor der Klient die Sitzung bewertet.</translation>
        </message>
        <message>
            <source>{name}: {text}</source>
            <translation>{name}: {text}</translation>
        </message>
        <message>
            <source>{questionnaire}: {problem}</source>
            <translation>{questionnaire}: {problem}</translation>
        </message>
        <message>
            <source>These answers could not be saved:

{problems}</source>
            <translation>Diese Antworten konnten nicht gespeichert werden:

{problems}</translation>
        </message>
        <message>
            <source>Risk answer</source>
            <translation>Risikoantwort</translation>
        </message>
        <message>
            <source>Blank questionnaire — {names}</source>
            <translation>Leerer Fragebogen – {names}</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Nicht gedruckt</translation>
        </message>
        <message>
            <source>The blank questionnaire could not be made.

{problem}</source>
            <translation>Der leere Fragebogen konnte nicht erstellt werden.

{problem}</translation>
        </message>
        <message>
            <source>Your guess of {name}'s rating of this session</source>
            <translation>Ihre Einschätzung, wie {name} diese Sitzung bewertet</translation>
        </message>
        <message>
            <source>Your guess of their rating of this session</source>
            <translation>Ihre Einschätzung, wie der Klient diese Sitzung bewertet</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Your guess of {name}'s rating…</source>
            <translation>Ihre Einschätzung der Bewertung von {name}…</translation>
        </message>
        <message>
            <source>Your guess of their rating…</source>
            <translation>Ihre Einschätzung der Bewertung…</translation>
        </message>
        <message>
            <source>Saved guess: {guess}</source>
            <translation>Gespeicherte Einschätzung: {guess}</translation>
        </message>
        <message>
            <source>Print blank survey</source>
            <translation>Leeren Fragebogen drucken</translation>
        </message>
        <message>
            <source>The questionnaires to print, each on a page of its own.</source>
            <translation>Die zu druckenden Fragebögen, jeder auf einer eigenen Seite.</translation>
        </message>
        <message>
            <source>Enter a paper survey — {name}</source>
            <translation>Papierfragebogen eingeben – {name}</translation>
        </message>
        <message>
            <source>Enter a paper survey</source>
            <translation>Papierfragebogen eingeben</translation>
        </message>
        <message>
            <source>{value} · {answer}</source>
            <translation>{value} · {answer}</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Item {number}</translation>
        </message>
        <message>
            <source>Not reviewed yet</source>
            <translation>Noch nicht besprochen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Teilweise</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Nicht erledigt</translation>
        </message>
        <message>
            <source>Was not assigned</source>
            <translation>War nicht vereinbart</translation>
        </message>
        <message>
            <source>The consent was signed on an older version of the form.</source>
            <translation>Die Einwilligung wurde in einer älteren Version des Formulars unterschrieben.</translation>
        </message>
        <message>
            <source>The client revoked their consent.</source>
            <translation>Der Klient hat seine Einwilligung widerrufen.</translation>
        </message>
        <message>
            <source>Sign and lock this note? It cannot be changed afterwards; a correction is added as a dated, signed addendum.</source>
            <translation>Diese Notiz signieren und sperren? Sie kann danach nicht mehr geändert werden; eine Korrektur wird als datierter, signierter Nachtrag hinzugefügt.</translation>
        </message>
        <message>
            <source>It is more than 24 hours after the session: it will be marked a late entry.</source>
            <translation>Die Sitzung liegt mehr als 24 Stunden zurück: Die Notiz wird als nachträglicher Eintrag gekennzeichnet.</translation>
        </message>
        <message>
            <source>Sign the note</source>
            <translation>Notiz signieren</translation>
        </message>
        <message>
            <source>Assign homework</source>
            <translation>Hausaufgabe vereinbaren</translation>
        </message>
        <message>
            <source>e.g. Keep a thought record on two anxious moments</source>
            <translation>z. B. Gedankenprotokoll zu zwei angstbesetzten Momenten führen</translation>
        </message>
        <message>
            <source>Why it helps, in the client's words if possible</source>
            <translation>Warum sie hilft, möglichst in den Worten des Klienten</translation>
        </message>
        <message>
            <source>By</source>
            <comment>homework due date</comment>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Add an addendum</source>
            <translation>Nachtrag hinzufügen</translation>
        </message>
        <message>
            <source>The correction or addition, as it should stand in the record</source>
            <translation>Die Korrektur oder Ergänzung, so wie sie in der Akte stehen soll</translation>
        </message>
        <message>
            <source>Sign addendum</source>
            <translation>Nachtrag signieren</translation>
        </message>
        <message>
            <source>An addendum is dated and signed now, and shown under the note for good.</source>
            <translation>Ein Nachtrag wird jetzt datiert und signiert und dauerhaft unter der Notiz angezeigt.</translation>
        </message>
        <message>
            <source>Nothing to sign</source>
            <translation>Nichts zu signieren</translation>
        </message>
        <message>
            <source>The note is still empty.</source>
            <translation>Die Notiz ist noch leer.</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Nicht signiert</translation>
        </message>
        <message>
            <source>The note could not be saved, so it was not signed.</source>
            <translation>Die Notiz konnte nicht gespeichert werden und wurde daher nicht signiert.</translation>
        </message>
        <message>
            <source>Signed by {signer} at {time} — late entry</source>
            <translation>Signiert von {signer} um {time} Uhr – nachträglicher Eintrag</translation>
        </message>
        <message>
            <source>Signed by {signer} at {time}</source>
            <translation>Signiert von {signer} um {time} Uhr</translation>
        </message>
        <message>
            <source>The latest text could not be saved. Close anyway and lose it?</source>
            <translation>Der neueste Text konnte nicht gespeichert werden. Trotzdem schließen und ihn verlieren?</translation>
        </message>
        <message>
            <source>A session note needs a client.</source>
            <translation>Eine Sitzungsnotiz braucht einen Klienten.</translation>
        </message>
        <message>
            <source>Session — {code}</source>
            <translation>Sitzung – {code}</translation>
        </message>
        <message>
            <source>Session {number}</source>
            <translation>Sitzung {number}</translation>
        </message>
        <message>
            <source>prefers “{name}”</source>
            <translation>Rufname „{name}“</translation>
        </message>
        <message>
            <source>Time since the session started</source>
            <translation>Zeit seit Sitzungsbeginn</translation>
        </message>
        <message>
            <source>Before this session</source>
            <translation>Vor dieser Sitzung</translation>
        </message>
        <message>
            <source>Open follow-up items</source>
            <translation>Offene Punkte zur Nachverfolgung</translation>
        </message>
        <message>
            <source>Homework from last time</source>
            <translation>Hausaufgabe vom letzten Mal</translation>
        </message>
        <message>
            <source>Assign homework…</source>
            <translation>Hausaufgabe vereinbaren…</translation>
        </message>
        <message>
            <source>Session note</source>
            <translation>Sitzungsnotiz</translation>
        </message>
        <message>
            <source>Start private process notes</source>
            <translation>Private Prozessnotizen beginnen</translation>
        </message>
        <message>
            <source>Process notes are your private working notes: kept apart from the record, left out of record requests and exports.</source>
            <translation>Prozessnotizen sind Ihre privaten Arbeitsnotizen: getrennt von der Akte aufbewahrt und von Anträgen auf Akteneinsicht und Exporten ausgenommen.</translation>
        </message>
        <message>
            <source>The note's sections (only while the note is still empty)</source>
            <translation>Die Abschnitte der Notiz (nur solange die Notiz noch leer ist)</translation>
        </message>
        <message>
            <source>Insert today's measures</source>
            <translation>Heutige Messwerte einfügen</translation>
        </message>
        <message>
            <source>Sign note…</source>
            <translation>Notiz signieren…</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Sitzung beenden</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>The template can be changed only while the note is empty.</source>
            <translation>Die Vorlage kann nur geändert werden, solange die Notiz leer ist.</translation>
        </message>
        <message>
            <source>No questionnaires were answered for this session.</source>
            <translation>Für diese Sitzung wurden keine Fragebögen beantwortet.</translation>
        </message>
        <message>
            <source>Sign process notes…</source>
            <translation>Prozessnotizen signieren…</translation>
        </message>
        <message>
            <source>Nothing open from last time.</source>
            <translation>Vom letzten Mal ist nichts offen.</translation>
        </message>
        <message>
            <source>Homework assigned.</source>
            <translation>Hausaufgabe vereinbart.</translation>
        </message>
        <message>
            <source>{homework} (by {date})</source>
            <translation>{homework} (bis {date})</translation>
        </message>
        <message>
            <source>How it went: {homework}</source>
            <translation>Wie es lief: {homework}</translation>
        </message>
        <message>
            <source>What got in the way, or what helped</source>
            <translation>Was im Weg stand oder was geholfen hat</translation>
        </message>
        <message>
            <source>A minor (age {age}).</source>
            <translation>Minderjährig ({age} Jahre).</translation>
        </message>
        <message>
            <source>Note — {code}, {date}</source>
            <translation>Notiz – {code}, {date}</translation>
        </message>
        <message>
            <source>{kind} · {template} · {date}</source>
            <translation>{kind} · {template} · {date}</translation>
        </message>
        <message>
            <source>Add addendum…</source>
            <translation>Nachtrag hinzufügen…</translation>
        </message>
        <message>
            <source>The client is archived: restore the record to add to it.</source>
            <translation>Der Klient ist archiviert: Stellen Sie die Akte wieder her, um etwas hinzuzufügen.</translation>
        </message>
        <message>
            <source>Signed by {signer} on {date} at {time} — late entry</source>
            <translation>Signiert von {signer} am {date} um {time} Uhr – nachträglicher Eintrag</translation>
        </message>
        <message>
            <source>Signed by {signer} on {date} at {time}</source>
            <translation>Signiert von {signer} am {date} um {time} Uhr</translation>
        </message>
        <message>
            <source>fingerprint {hash}</source>
            <translation>Fingerabdruck {hash}</translation>
        </message>
        <message>
            <source>Addendum, {date} {time}, signed by {signer}: {text}</source>
            <translation>Nachtrag, {date}, {time} Uhr, signiert von {signer}: {text}</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Praxis</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Datensicherung</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Akten</translation>
        </message>
        <message>
            <source>Services and hours</source>
            <translation>Leistungen und Arbeitszeiten</translation>
        </message>
        <message>
            <source>Note templates</source>
            <translation>Notizvorlagen</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Rapport backups (*{suffix});;All files (*)</source>
            <translation>Rapport-Sicherungen (*{suffix});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>{entries} entries · {size} · made automatically</source>
            <translation>{entries} Einträge · {size} · automatisch erstellt</translation>
        </message>
        <message>
            <source>{entries} entries · {size} · saved by hand</source>
            <translation>{entries} Einträge · {size} · manuell gespeichert</translation>
        </message>
        <message>
            <source>Restore from which backup?</source>
            <translation>Aus welcher Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Check which backup?</source>
            <translation>Welche Sicherung prüfen?</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Check a backup</source>
            <translation>Sicherung prüfen</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>This practice — the one open now.</source>
            <translation>Diese Praxis – die derzeit geöffnete.</translation>
        </message>
        <message>
            <source>The practice to bring to this computer.</source>
            <translation>Die Praxis, die auf diesen Computer übertragen werden soll.</translation>
        </message>
        <message>
            <source>Another practice, not the one open now.</source>
            <translation>Eine andere Praxis, nicht die derzeit geöffnete.</translation>
        </message>
        <message>
            <source>The backup's passphrase</source>
            <translation>Passphrase der Sicherung</translation>
        </message>
        <message>
            <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
            <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
        </message>
        <message>
            <source>The backup's recovery code</source>
            <translation>Wiederherstellungscode der Sicherung</translation>
        </message>
        <message>
            <source>Use the recovery code instead</source>
            <translation>Stattdessen den Wiederherstellungscode verwenden</translation>
        </message>
        <message>
            <source>&amp;Restore this practice</source>
            <translation>Diese Praxis &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Replace my practice &amp;with this backup</source>
            <translation>Meine Praxis durch diese Sicherung &amp;ersetzen</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>A backup opens with the passphrase your practice had when the backup was made, or with the recovery code from that time.</source>
            <translation>Eine Sicherung lässt sich mit der Passphrase öffnen, die Ihre Praxis beim Erstellen der Sicherung hatte, oder mit dem damaligen Wiederherstellungscode.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Restoring replaces the practice that is open now with this backup.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Beim Wiederherstellen wird die derzeit geöffnete Praxis durch diese Sicherung ersetzt.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Whatever was entered after {made} will not be in the restored practice.</source>
            <translation>Alles, was nach {made} eingegeben wurde, fehlt in der wiederhergestellten Praxis.</translation>
        </message>
        <message>
            <source>Everything in the practice open now will be replaced by the other practice in this backup.</source>
            <translation>Alles in der derzeit geöffneten Praxis wird durch die andere Praxis aus dieser Sicherung ersetzt.</translation>
        </message>
        <message>
            <source>The practice open now is not deleted: it is moved, as it is, into a folder named {folder_name} in the practice folder ({practice_folder}).</source>
            <translation>Die derzeit geöffnete Praxis wird nicht gelöscht: Sie wird unverändert in einen Ordner namens {folder_name} im Praxisordner ({practice_folder}) verschoben.</translation>
        </message>
        <message>
            <source>Rapport checks the backup with the passphrase you typed, locks, puts the backup in place and asks you to unlock — with the backup's passphrase.</source>
            <translation>Rapport prüft die Sicherung mit der eingegebenen Passphrase, sperrt die Praxis, setzt die Sicherung an ihre Stelle und bittet Sie dann, zu entsperren – mit der Passphrase der Sicherung.</translation>
        </message>
        <message>
            <source>Rapport checks the backup with the passphrase you typed, makes it your practice in {practice_folder} and asks you to unlock it — with the backup's passphrase. Everything entered up to {made} is there.</source>
            <translation>Rapport prüft die Sicherung mit der eingegebenen Passphrase, richtet sie als Ihre Praxis in {practice_folder} ein und bittet Sie, sie zu entsperren – mit der Passphrase der Sicherung. Alles, was bis {made} eingegeben wurde, ist enthalten.</translation>
        </message>
        <message>
            <source>&amp;Recovery code</source>
            <translation>&amp;Wiederherstellungscode</translation>
        </message>
        <message>
            <source>Use the passphrase instead</source>
            <translation>Stattdessen die Passphrase verwenden</translation>
        </message>
        <message>
            <source>Type the backup's recovery code.</source>
            <translation>Geben Sie den Wiederherstellungscode der Sicherung ein.</translation>
        </message>
        <message>
            <source>Type the backup's passphrase.</source>
            <translation>Geben Sie die Passphrase der Sicherung ein.</translation>
        </message>
        <message>
            <source>Checking every page of the backup… this can take a few seconds.</source>
            <translation>Jede Seite der Sicherung wird geprüft… Das kann einige Sekunden dauern.</translation>
        </message>
        <message>
            <source>This backup is sound: it opens with that recovery code, every page is authentic, and all {entries} entries are there.</source>
            <translation>Diese Sicherung ist intakt: Sie lässt sich mit diesem Wiederherstellungscode öffnen, jede Seite ist authentisch, und alle {entries} Einträge sind vorhanden.</translation>
        </message>
        <message>
            <source>This backup is sound: it opens with that passphrase, every page is authentic, and all {entries} entries are there.</source>
            <translation>Diese Sicherung ist intakt: Sie lässt sich mit dieser Passphrase öffnen, jede Seite ist authentisch, und alle {entries} Einträge sind vorhanden.</translation>
        </message>
        <message>
            <source>{reason} Nothing was changed.</source>
            <translation>{reason} Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This backup cannot be used. {reason} Nothing was changed.</source>
            <translation>Diese Sicherung kann nicht verwendet werden. {reason} Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Last good backup</source>
            <translation>Letzte erfolgreiche Sicherung</translation>
        </message>
        <message>
            <source>Looking for backups…</source>
            <translation>Sicherungen werden gesucht…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Jetzt &amp;sichern…</translation>
        </message>
        <message>
            <source>Save a checked, encrypted backup where you choose</source>
            <translation>Eine geprüfte, verschlüsselte Sicherung an einem Ort Ihrer Wahl speichern</translation>
        </message>
        <message>
            <source>Chec&amp;k a backup…</source>
            <translation>Sicherung &amp;prüfen…</translation>
        </message>
        <message>
            <source>Open a backup file with its passphrase and check every page (nothing is changed)</source>
            <translation>Eine Sicherungsdatei mit ihrer Passphrase öffnen und jede Seite prüfen (es wird nichts geändert)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Put a backup in place of this practice (the practice open now is kept aside)</source>
            <translation>Eine Sicherung an die Stelle dieser Praxis setzen (die derzeit geöffnete Praxis wird beiseitegelegt)</translation>
        </message>
        <message>
            <source>Every record in one encrypted archive that opens without Rapport, to take the practice elsewhere or leave with whoever looks after your records</source>
            <translation>Alle Daten in einem verschlüsselten Archiv, das sich ohne Rapport öffnen lässt, um die Praxis anderswo weiterzuführen oder sie der Person zu übergeben, die Ihre Akten verwahrt</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatische Sicherungen</translation>
        </message>
        <message>
            <source>While your practice is open, Rapport makes a backup once a day, and another when you quit unless one was made in the last hour. Each one is encrypted like the practice and checked page by page before it counts. They are kept in {folder}.</source>
            <translation>Solange Ihre Praxis geöffnet ist, erstellt Rapport einmal täglich eine Sicherung und eine weitere beim Beenden, sofern in der letzten Stunde keine erstellt wurde. Jede Sicherung wird wie die Praxis verschlüsselt und Seite für Seite geprüft, bevor sie zählt. Sie werden in {folder} aufbewahrt.</translation>
        </message>
        <message>
            <source>Daily backups to keep</source>
            <translation>Aufzubewahrende tägliche Sicherungen</translation>
        </message>
        <message>
            <source>Weekly backups to keep</source>
            <translation>Aufzubewahrende wöchentliche Sicherungen</translation>
        </message>
        <message>
            <source>Keep one backup for each of the last</source>
            <translation>Eine Sicherung aufbewahren für jeden der letzten</translation>
        </message>
        <message>
            <source>and one for each of the last</source>
            <translation>und eine für jede der letzten</translation>
        </message>
        <message>
            <source>Older automatic backups are removed. Backups you save yourself are never removed.</source>
            <translation>Ältere automatische Sicherungen werden entfernt. Sicherungen, die Sie selbst speichern, werden nie entfernt.</translation>
        </message>
        <message>
            <source>A second copy somewhere else</source>
            <translation>Eine zweite Kopie an anderem Ort</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>Choose a folder, for example on an external drive</source>
            <translation>Einen Ordner wählen, zum Beispiel auf einem externen Laufwerk</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Stop making a second copy (the copies made stay there)</source>
            <translation>Keine zweite Kopie mehr anlegen (bereits angelegte Kopien bleiben dort erhalten)</translation>
        </message>
        <message>
            <source>Keep a copy of each automatic backup on an external drive or another disk, so that a lost or broken computer does not take the backups with it. The copies go into a folder “{folder_name}” inside the folder you choose. When the drive is not plugged in, Rapport says so and still makes the backup on this computer.</source>
            <translation>Bewahren Sie eine Kopie jeder automatischen Sicherung auf einem externen Laufwerk oder einem anderen Datenträger auf, damit ein verlorener oder defekter Computer nicht auch die Sicherungen mitnimmt. Die Kopien werden in einem Ordner „{folder_name}“ innerhalb des gewählten Ordners abgelegt. Ist das Laufwerk nicht angeschlossen, weist Rapport darauf hin und erstellt die Sicherung trotzdem auf diesem Computer.</translation>
        </message>
        <message>
            <source>{description}
In {folder}</source>
            <translation>{description}
In {folder}</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>Noch keine Sicherung</translation>
        </message>
        <message>
            <source>Rapport makes the first one by itself in a minute or so; you can also back up now.</source>
            <translation>Rapport erstellt die erste in etwa einer Minute von selbst; Sie können auch jetzt sichern.</translation>
        </message>
        <message>
            <source>{details}
Making a backup now…</source>
            <translation>{details}
Sicherung wird jetzt erstellt…</translation>
        </message>
        <message>
            <source>The last automatic backup failed ({when}). {reason}</source>
            <translation>Die letzte automatische Sicherung ist fehlgeschlagen ({when}). {reason}</translation>
        </message>
        <message>
            <source>No second folder: backups are kept on this computer only.</source>
            <translation>Kein zweiter Ordner: Sicherungen werden nur auf diesem Computer aufbewahrt.</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Reachable now: the next automatic backup is copied there.</source>
            <translation>Derzeit erreichbar: Die nächste automatische Sicherung wird dorthin kopiert.</translation>
        </message>
        <message>
            <source>Not reachable now — is the drive plugged in? Backups are still made on this computer.</source>
            <translation>Derzeit nicht erreichbar – ist das Laufwerk angeschlossen? Sicherungen werden weiterhin auf diesem Computer erstellt.</translation>
        </message>
        <message numerus="yes">
            <source> day(s)</source>
            <translation>
                <numerusform> Tag</numerusform>
                <numerusform> Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform> Woche</numerusform>
                <numerusform> Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. The next automatic backup keeps this many.</source>
            <translation>Gespeichert. Ab der nächsten automatischen Sicherung gilt diese Anzahl.</translation>
        </message>
        <message>
            <source>Choose the folder for a second copy</source>
            <translation>Ordner für eine zweite Kopie wählen</translation>
        </message>
        <message>
            <source>Choose a folder outside the practice folder — ideally on another drive.</source>
            <translation>Wählen Sie einen Ordner außerhalb des Praxisordners – am besten auf einem anderen Laufwerk.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Making the backup and checking it…</source>
            <translation>Sicherung wird erstellt und geprüft…</translation>
        </message>
        <message>
            <source>Backed up and checked: {entries} entries, {size}, in {path}.</source>
            <translation>Gesichert und geprüft: {entries} Einträge, {size}, in {path}.</translation>
        </message>
        <message>
            <source>No backup was made. {reason}</source>
            <translation>Es wurde keine Sicherung erstellt. {reason}</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Language and region for amounts</source>
            <translation>Sprache und Region für Beträge</translation>
        </message>
        <message>
            <source>On receipt</source>
            <translation>Sofort bei Erhalt</translation>
        </message>
        <message>
            <source>e.g. 12-3456789 (optional)</source>
            <translation>z. B. 12-3456789 (optional)</translation>
        </message>
        <message>
            <source>10 digits (optional)</source>
            <translation>10 Ziffern (optional)</translation>
        </message>
        <message>
            <source>Save billing settings</source>
            <translation>Abrechnungseinstellungen speichern</translation>
        </message>
        <message>
            <source>Amount format</source>
            <translation>Betragsformat</translation>
        </message>
        <message>
            <source>Invoices due within</source>
            <translation>Zahlungsziel</translation>
        </message>
        <message>
            <source>Tax id (EIN)</source>
            <translation>Steuernummer (EIN)</translation>
        </message>
        <message>
            <source>NPI</source>
            <translation>NPI</translation>
        </message>
        <message>
            <source>How invoices, receipts, statements and superbills write amounts, when an invoice is due, and the identifiers an insurer looks for on a superbill: your tax id (an EIN or, without one, your own tax number) and, in the United States, your National Provider Identifier.</source>
            <translation>Wie Rechnungen, Quittungen, Kontoübersichten und Superbills Beträge schreiben, wann eine Rechnung fällig ist, und die Kennungen, die ein Versicherer auf einer Superbill erwartet: Ihre Steuernummer (eine EIN oder, falls Sie keine haben, Ihre persönliche Steuernummer) und, in den Vereinigten Staaten, Ihr National Provider Identifier.</translation>
        </message>
        <message>
            <source>{reason} Every amount in this practice file is kept in {currency}.</source>
            <translation>{reason} Alle Beträge in dieser Praxisdatei werden in {currency} geführt.</translation>
        </message>
        <message>
            <source>For example: {amount} (no decimals in this currency)</source>
            <translation>Zum Beispiel: {amount} (diese Währung hat keine Nachkommastellen)</translation>
        </message>
        <message>
            <source>For example: {amount}</source>
            <translation>Zum Beispiel: {amount}</translation>
        </message>
        <message>
            <source>A valid NPI.</source>
            <translation>Eine gültige NPI.</translation>
        </message>
        <message>
            <source>The last digit does not match the others: please check the number against your NPPES record.</source>
            <translation>Die letzte Ziffer passt nicht zu den übrigen: Bitte prüfen Sie die Nummer anhand Ihres NPPES-Eintrags.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Nothing had changed.</source>
            <translation>Es hatte sich nichts geändert.</translation>
        </message>
        <message>
            <source>Adult clients</source>
            <translation>Erwachsene Klienten</translation>
        </message>
        <message>
            <source>A parent or guardian, for a minor</source>
            <translation>Ein Elternteil oder Sorgeberechtigte(r), für Minderjährige</translation>
        </message>
        <message>
            <source>Added: {section}</source>
            <translation>Hinzugefügt: {section}</translation>
        </message>
        <message>
            <source>Removed: {section}</source>
            <translation>Entfernt: {section}</translation>
        </message>
        <message>
            <source>Changed: {section}</source>
            <translation>Geändert: {section}</translation>
        </message>
        <message>
            <source>Fees and policies quoted in the consent form</source>
            <translation>Honorare und Regelungen im Einwilligungsformular</translation>
        </message>
        <message>
            <source>Individual session fee</source>
            <translation>Honorar Einzelsitzung</translation>
        </message>
        <message>
            <source>e.g. 150.00</source>
            <translation>z. B. 150,00</translation>
        </message>
        <message>
            <source>Couples session fee</source>
            <translation>Honorar Paarsitzung</translation>
        </message>
        <message>
            <source>e.g. 180.00</source>
            <translation>z. B. 180,00</translation>
        </message>
        <message>
            <source>Late cancellation fee</source>
            <translation>Ausfallhonorar bei kurzfristiger Absage</translation>
        </message>
        <message>
            <source>e.g. 75.00</source>
            <translation>z. B. 75,00</translation>
        </message>
        <message>
            <source>Missed session fee</source>
            <translation>Ausfallhonorar bei Nichterscheinen</translation>
        </message>
        <message>
            <source>Late cancellation: notice under (hours)</source>
            <translation>Kurzfristige Absage: Frist unter (Stunden)</translation>
        </message>
        <message>
            <source>e.g. 24</source>
            <translation>z. B. 24</translation>
        </message>
        <message>
            <source>Free first consultation (minutes)</source>
            <translation>Kostenloses Erstgespräch (Minuten)</translation>
        </message>
        <message>
            <source>e.g. 30</source>
            <translation>z. B. 30</translation>
        </message>
        <message>
            <source>Currency symbol</source>
            <translation>Währungssymbol</translation>
        </message>
        <message>
            <source>Save fees and policies</source>
            <translation>Honorare und Regelungen speichern</translation>
        </message>
        <message>
            <source>Saved. The consent text below uses the new values.</source>
            <translation>Gespeichert. Der Einwilligungstext unten verwendet die neuen Werte.</translation>
        </message>
        <message>
            <source>{title} &lt;span style='color:{colour}'&gt;[initials]&lt;/span&gt;</source>
            <translation>{title} &lt;span style='color:{colour}'&gt;[Initialen]&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Edit consent template — new version after {version}</source>
            <translation>Einwilligungsvorlage bearbeiten – neue Version nach {version}</translation>
        </message>
        <message>
            <source>The client initials this section</source>
            <translation>Der Klient zeichnet diesen Abschnitt mit seinen Initialen ab</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>Abschnitt hinzufügen</translation>
        </message>
        <message>
            <source>Remove section</source>
            <translation>Abschnitt entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Placeholders, filled from Settings: {placeholders}</source>
            <translation>Platzhalter, aus den Einstellungen befüllt: {placeholders}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Save as new version</source>
            <translation>Als neue Version speichern</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Neuer Abschnitt</translation>
        </message>
        <message>
            <source>Not saved: {problems}</source>
            <translation>Nicht gespeichert: {problems}</translation>
        </message>
        <message>
            <source>Version {number} — {date}</source>
            <translation>Version {number} – {date}</translation>
        </message>
        <message>
            <source>&lt;p&gt;No differences.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Keine Unterschiede.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Consent template</source>
            <translation>Einwilligungsvorlage</translation>
        </message>
        <message>
            <source>Edit (saves a new version)…</source>
            <translation>Bearbeiten (speichert eine neue Version)…</translation>
        </message>
        <message>
            <source>What changed…</source>
            <translation>Was hat sich geändert…</translation>
        </message>
        <message>
            <source>Template for</source>
            <translation>Vorlage für</translation>
        </message>
        <message>
            <source>This is a starting point written for Rapport, not legal advice: read every section and check it against the rules of your jurisdiction before use. Signed consents keep the exact version they were signed on.</source>
            <translation>Dies ist ein für Rapport verfasster Ausgangspunkt, keine Rechtsberatung: Lesen Sie jeden Abschnitt und prüfen Sie ihn vor der Verwendung anhand der in Ihrem Rechtsraum geltenden Regeln. Unterschriebene Einwilligungen behalten genau die Version, in der sie unterschrieben wurden.</translation>
        </message>
        <message>
            <source>No template yet.</source>
            <translation>Noch keine Vorlage.</translation>
        </message>
        <message>
            <source>{template}, version {number} ({date})</source>
            <translation>{template}, Version {number} ({date})</translation>
        </message>
        <message>
            <source>{questionnaire} before: every how many sessions</source>
            <translation>{questionnaire} vor der Sitzung: Intervall in Sitzungen</translation>
        </message>
        <message>
            <source>{questionnaire} after: every how many sessions</source>
            <translation>{questionnaire} nach der Sitzung: Intervall in Sitzungen</translation>
        </message>
        <message>
            <source> times running</source>
            <translation> Mal in Folge</translation>
        </message>
        <message>
            <source> of the last 5</source>
            <translation> von den letzten 5</translation>
        </message>
        <message>
            <source>No reliable improvement after</source>
            <translation>Keine reliable Verbesserung nach</translation>
        </message>
        <message>
            <source>Session evaluation below</source>
            <translation>Sitzungsbewertung unter</translation>
        </message>
        <message>
            <source>Late cancellations or no-shows</source>
            <translation>Kurzfristige Absagen oder Nichterscheinen</translation>
        </message>
        <message>
            <source>Intake follow-up item still open after</source>
            <translation>Punkt zur Nachverfolgung aus der Aufnahme noch offen nach</translation>
        </message>
        <message>
            <source>When Today's “Is therapy working?” list names a client. Reliable deterioration, a risk answer and a missing or outdated consent are always shown.</source>
            <translation>Wann die Liste „Wirkt die Therapie?“ unter „Heute“ einen Klienten nennt. Reliable Verschlechterung, eine Risikoantwort und eine fehlende oder veraltete Einwilligung werden immer angezeigt.</translation>
        </message>
        <message>
            <source>every </source>
            <translation>alle </translation>
        </message>
        <message numerus="yes">
            <source> session(s)</source>
            <translation>
                <numerusform> Sitzung</numerusform>
                <numerusform> Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Save for this client</source>
            <translation>Für diesen Klienten speichern</translation>
        </message>
        <message>
            <source>Save the default plan</source>
            <translation>Standardplan speichern</translation>
        </message>
        <message>
            <source>Back to the practice default</source>
            <translation>Zurück zum Praxisstandard</translation>
        </message>
        <message>
            <source>Questionnaires with every session</source>
            <translation>Fragebögen zu jeder Sitzung</translation>
        </message>
        <message>
            <source>This client's measurement plan: what they are given before and after each session, and how often.</source>
            <translation>Der Messplan dieses Klienten: was er vor und nach jeder Sitzung vorgelegt bekommt und wie oft.</translation>
        </message>
        <message>
            <source>The default measurement plan, for every client without a plan of their own. Children under 12 are given only the check-in and the session evaluation.</source>
            <translation>Der Standard-Messplan für alle Klienten ohne eigenen Plan. Kinder unter 12 Jahren erhalten nur das Check-in und die Sitzungsbewertung.</translation>
        </message>
        <message>
            <source>This client has a plan of their own.</source>
            <translation>Dieser Klient hat einen eigenen Plan.</translation>
        </message>
        <message>
            <source>This client follows the practice's default plan.</source>
            <translation>Dieser Klient folgt dem Standardplan der Praxis.</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 bis 8 Ziffern</translation>
        </message>
        <message>
            <source>The same again</source>
            <translation>Dieselbe noch einmal</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>PIN festlegen</translation>
        </message>
        <message>
            <source>Remove PIN</source>
            <translation>PIN entfernen</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Handing the laptop back</source>
            <translation>Rückgabe des Laptops</translation>
        </message>
        <message>
            <source>When a client has answered questionnaires on this computer, your passphrase hands it back to you. A short PIN can do it too: quicker, but easier to watch over your shoulder. Only a scrambled (hashed) form of the PIN is kept.</source>
            <translation>Wenn ein Klient an diesem Computer Fragebögen ausgefüllt hat, erhalten Sie ihn mit Ihrer Passphrase zurück. Eine kurze PIN kann das ebenfalls: schneller, aber leichter über die Schulter abzulesen. Gespeichert wird nur eine unkenntlich gemachte (gehashte) Form der PIN.</translation>
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation>Eine PIN ist festgelegt.</translation>
        </message>
        <message>
            <source>No PIN: only the passphrase.</source>
            <translation>Keine PIN: nur die Passphrase.</translation>
        </message>
        <message>
            <source>PIN set.</source>
            <translation>PIN festgelegt.</translation>
        </message>
        <message>
            <source>Session note (part of the record)</source>
            <translation>Sitzungsnotiz (Teil der Akte)</translation>
        </message>
        <message>
            <source>New note template</source>
            <translation>Neue Notizvorlage</translation>
        </message>
        <message>
            <source>Copy of {template}</source>
            <translation>Kopie von {template}</translation>
        </message>
        <message>
            <source>Edit {template}</source>
            <translation>{template} bearbeiten</translation>
        </message>
        <message>
            <source>{template} (mine)</source>
            <translation>{template} (eigene)</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Prompt (shown in the empty box)</source>
            <translation>Hinweistext (im leeren Feld angezeigt)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Shipped templates stay as they are: this saves your own copy.</source>
            <translation>Mitgelieferte Vorlagen bleiben unverändert: Hier wird Ihre eigene Kopie gespeichert.</translation>
        </message>
        <message>
            <source>Show retired templates</source>
            <translation>Archivierte Vorlagen anzeigen</translation>
        </message>
        <message>
            <source>New template…</source>
            <translation>Neue Vorlage…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>The sections a note is written in, each with a prompt shown in its empty box. Shipped templates are kept as they are; editing one saves your own copy.</source>
            <translation>Die Abschnitte, in die eine Notiz gegliedert ist, jeweils mit einem Hinweistext im leeren Feld. Mitgelieferte Vorlagen bleiben unverändert; wenn Sie eine bearbeiten, wird Ihre eigene Kopie gespeichert.</translation>
        </message>
        <message>
            <source>{template} — private</source>
            <translation>{template} – privat</translation>
        </message>
        <message>
            <source>{template} (shipped)</source>
            <translation>{template} (mitgeliefert)</translation>
        </message>
        <message>
            <source>{template} (retired)</source>
            <translation>{template} (archiviert)</translation>
        </message>
        <message>
            <source>Copy and edit…</source>
            <translation>Kopieren und bearbeiten…</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>These details appear on letterheads, consent forms, invoices and reports.</source>
            <translation>Diese Angaben erscheinen auf Briefköpfen, Einwilligungsformularen, Rechnungen und Berichten.</translation>
        </message>
        <message numerus="yes">
            <source> year(s)</source>
            <translation>
                <numerusform> Jahr</numerusform>
                <numerusform> Jahre</numerusform>
            </translation>
        </message>
        <message>
            <source>Save retention policy</source>
            <translation>Aufbewahrungsregel speichern</translation>
        </message>
        <message>
            <source>Keeping records of archived clients</source>
            <translation>Aufbewahrung der Akten archivierter Klienten</translation>
        </message>
        <message>
            <source>Keep after the last service</source>
            <translation>Aufbewahrung nach der letzten Leistung</translation>
        </message>
        <message>
            <source>Keep after a minor comes of age</source>
            <translation>Aufbewahrung nach Eintritt der Volljährigkeit</translation>
        </message>
        <message>
            <source>Age of majority</source>
            <translation>Volljährigkeitsalter</translation>
        </message>
        <message>
            <source>An archived record is kept until the later of the two dates, then it may be erased. The defaults follow the American Psychological Association's record keeping guidelines (7 years; 3 years after 18); check what your jurisdiction requires. Changes apply to clients archived from now on.</source>
            <translation>Eine archivierte Akte wird bis zum späteren der beiden Daten aufbewahrt und darf danach gelöscht werden. Die Standardwerte folgen den Richtlinien der American Psychological Association zur Aktenführung (7 Jahre; 3 Jahre nach dem 18. Lebensjahr); prüfen Sie, was in Ihrem Rechtsraum vorgeschrieben ist. Änderungen gelten für Klienten, die ab jetzt archiviert werden.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Passphrase ändern…</translation>
        </message>
        <message>
            <source>Changing it re-protects the key; your records are not rewritten.</source>
            <translation>Beim Ändern wird der Schlüssel neu geschützt; Ihre Akten werden nicht neu geschrieben.</translation>
        </message>
        <message>
            <source>Automatic lock</source>
            <translation>Automatische Sperre</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Lock after no activity for</source>
            <translation>Sperren nach Inaktivität von</translation>
        </message>
        <message>
            <source>Time the computer spends asleep counts. You can always lock at once with Ctrl+L.</source>
            <translation>Die Zeit im Ruhezustand des Computers zählt mit. Mit Strg+L können Sie jederzeit sofort sperren.</translation>
        </message>
        <message>
            <source>Unlock with my computer login</source>
            <translation>Mit meiner Anmeldung am Computer entsperren</translation>
        </message>
        <message>
            <source>Unlock automatically when I am logged in to this computer</source>
            <translation>Automatisch entsperren, wenn ich an diesem Computer angemeldet bin</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Wiederherstellungscode</translation>
        </message>
        <message>
            <source>Make a new recovery code…</source>
            <translation>Neuen Wiederherstellungscode erstellen…</translation>
        </message>
        <message>
            <source>If your recovery code was lost or seen by someone else, make a new one. The old code stops working at once.</source>
            <translation>Wenn Ihr Wiederherstellungscode verloren gegangen ist oder von jemand anderem gesehen wurde, erstellen Sie einen neuen. Der alte Code ist dann sofort ungültig.</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>Verschlüsselungsschlüssel</translation>
        </message>
        <message>
            <source>Replace the encryption key…</source>
            <translation>Verschlüsselungsschlüssel ersetzen…</translation>
        </message>
        <message>
            <source>If a copy of the practice and its key file may have been taken (a lost backup drive, a computer that was not yours), re-encrypt the practice under a new key. Your passphrase stays the same; you get a new recovery code.</source>
            <translation>Falls eine Kopie der Praxis samt Schlüsseldatei in fremde Hände gelangt sein könnte (ein verlorenes Sicherungslaufwerk, ein Computer, der nicht Ihnen gehörte), verschlüsseln Sie die Praxis mit einem neuen Schlüssel neu. Ihre Passphrase bleibt gleich; Sie erhalten einen neuen Wiederherstellungscode.</translation>
        </message>
        <message>
            <source>The key is kept in your computer's secure keyring. Your passphrase keeps working. Use this only if nobody else uses your computer account.</source>
            <translation>Der Schlüssel wird im sicheren Schlüsselbund Ihres Computers aufbewahrt. Ihre Passphrase bleibt gültig. Verwenden Sie dies nur, wenn niemand sonst Ihr Benutzerkonto am Computer nutzt.</translation>
        </message>
        <message>
            <source>Not available: this computer has no secure keyring that Rapport trusts.</source>
            <translation>Nicht verfügbar: Dieser Computer hat keinen sicheren Schlüsselbund, dem Rapport vertraut.</translation>
        </message>
        <message>
            <source>The keyring did not answer.</source>
            <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
        </message>
        <message>
            <source>Device unlock</source>
            <translation>Entsperren per Computeranmeldung</translation>
        </message>
        <message>
            <source>Your new passphrase is in use.</source>
            <translation>Ihre neue Passphrase ist in Gebrauch.</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Neuen Wiederherstellungscode erstellen</translation>
        </message>
        <message>
            <source>To make a new recovery code, type your passphrase:</source>
            <translation>Geben Sie Ihre Passphrase ein, um einen neuen Wiederherstellungscode zu erstellen:</translation>
        </message>
        <message>
            <source>Replace the encryption key</source>
            <translation>Verschlüsselungsschlüssel ersetzen</translation>
        </message>
        <message>
            <source>Every record is re-encrypted under a new key; this takes a few seconds for a large practice.
Backups made before keep opening with the passphrase and recovery code of their day.

To go on, type your passphrase:</source>
            <translation>Jede Akte wird mit einem neuen Schlüssel neu verschlüsselt; bei einer großen Praxis dauert das einige Sekunden.
Frühere Sicherungen lassen sich weiterhin mit der Passphrase und dem Wiederherstellungscode ihres Erstellungstags öffnen.

Geben Sie zum Fortfahren Ihre Passphrase ein:</translation>
        </message>
        <message>
            <source>The key was not replaced; the practice opens as before. {reason}</source>
            <translation>Der Schlüssel wurde nicht ersetzt; die Praxis lässt sich wie bisher öffnen. {reason}</translation>
        </message>
        <message>
            <source>No new code was made. Nothing was changed.</source>
            <translation>Es wurde kein neuer Code erstellt. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>That is not your passphrase.</source>
            <translation>Das ist nicht Ihre Passphrase.</translation>
        </message>
        <message>
            <source>Your new recovery code</source>
            <translation>Ihr neuer Wiederherstellungscode</translation>
        </message>
        <message>
            <source>The practice is now encrypted under a new key. Your previous recovery code no longer works. This new one is shown only now.</source>
            <translation>Die Praxis ist jetzt mit einem neuen Schlüssel verschlüsselt. Ihr bisheriger Wiederherstellungscode ist nicht mehr gültig. Der neue wird nur jetzt angezeigt.</translation>
        </message>
        <message>
            <source>Your previous recovery code no longer works. This new one is shown only now.</source>
            <translation>Ihr bisheriger Wiederherstellungscode ist nicht mehr gültig. Der neue wird nur jetzt angezeigt.</translation>
        </message>
        <message>
            <source>Free consultation (enquiries)</source>
            <translation>Kostenloses Erstgespräch (Anfragen)</translation>
        </message>
        <message>
            <source>Intake assessment</source>
            <translation>Aufnahmegespräch</translation>
        </message>
        <message>
            <source>Individual session</source>
            <translation>Einzelsitzung</translation>
        </message>
        <message>
            <source>Couples session</source>
            <translation>Paarsitzung</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>Neue Leistung</translation>
        </message>
        <message>
            <source>Edit service</source>
            <translation>Leistung bearbeiten</translation>
        </message>
        <message>
            <source>e.g. 150.00 — leave empty if not set yet</source>
            <translation>z. B. 150,00 – leer lassen, falls noch nicht festgelegt</translation>
        </message>
        <message>
            <source>Billable (charged and invoiced)</source>
            <translation>Abrechenbar (als Posten erfasst und in Rechnung gestellt)</translation>
        </message>
        <message>
            <source>e.g. 90834 (optional)</source>
            <translation>z. B. 90834 (optional)</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Procedure code</source>
            <translation>Abrechnungsziffer</translation>
        </message>
        <message>
            <source>Buffer after</source>
            <translation>Pufferzeit danach</translation>
        </message>
        <message>
            <source>Colour in the calendar</source>
            <translation>Farbe im Kalender</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <source>Save working hours</source>
            <translation>Arbeitszeiten speichern</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Mindestens</translation>
        </message>
        <message>
            <source>between appointments</source>
            <translation>zwischen Terminen</translation>
        </message>
        <message>
            <source>Code</source>
            <comment>procedure code</comment>
            <translation>Ziffer</translation>
        </message>
        <message>
            <source>Buffer</source>
            <translation>Puffer</translation>
        </message>
        <message>
            <source>Show retired services</source>
            <translation>Archivierte Leistungen anzeigen</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Leistungen</translation>
        </message>
        <message>
            <source>What you offer, how long it takes and what it costs. The individual and couples fees and the consultation length are also what the consent form quotes. A free consultation is the only service an enquiry can be booked for.</source>
            <translation>Was Sie anbieten, wie lange es dauert und was es kostet. Die Honorare für Einzel- und Paarsitzungen und die Dauer des Erstgesprächs werden auch im Einwilligungsformular genannt. Ein kostenloses Erstgespräch ist die einzige Leistung, die für eine Anfrage gebucht werden kann.</translation>
        </message>
        <message>
            <source>{service} (retired)</source>
            <translation>{service} (archiviert)</translation>
        </message>
        <message>
            <source>Colour in the calendar: {colour}</source>
            <translation>Farbe im Kalender: {colour}</translation>
        </message>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Willkommen bei Rapport</translation>
        </message>
        <message>
            <source>Everything you enter stays on this computer, in one encrypted file. First, the details that will appear on your letterhead and forms.</source>
            <translation>Alles, was Sie eingeben, bleibt auf diesem Computer, in einer einzigen verschlüsselten Datei. Zunächst die Angaben für Ihren Briefkopf und Ihre Formulare.</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Aus einer Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Moving from another computer? Bring your practice with you:</source>
            <translation>Wechsel von einem anderen Computer? Nehmen Sie Ihre Praxis mit:</translation>
        </message>
        <message>
            <source>Fields marked * are needed. You can change all of this later in Settings.</source>
            <translation>Felder mit * sind Pflichtfelder. Sie können alles später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation>Passphrase wählen</translation>
        </message>
        <message>
            <source>Your passphrase encrypts every record. Nobody — not even Rapport's makers — can recover it for you, so choose one you will remember.</source>
            <translation>Ihre Passphrase verschlüsselt alle Unterlagen. Niemand – auch nicht die Entwickler von Rapport – kann sie für Sie wiederherstellen. Wählen Sie also eine, die Sie sich merken können.</translation>
        </message>
        <message>
            <source>Tip: four or five unrelated words, such as “lantern orchard velvet kettle”, are easier to remember than a short password and much harder to guess.</source>
            <translation>Tipp: Vier oder fünf Wörter ohne Zusammenhang, etwa „Laterne Obstgarten Samt Wasserkessel“, sind leichter zu merken als ein kurzes Passwort und viel schwerer zu erraten.</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Ihr Wiederherstellungscode</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, this code is the only other way into your records. It is shown only now.</source>
            <translation>Falls Sie Ihre Passphrase einmal vergessen, ist dieser Code der einzige andere Zugang zu Ihren Unterlagen. Er wird nur jetzt angezeigt.</translation>
        </message>
        <message>
            <source>Ready to create your practice</source>
            <translation>Bereit, Ihre Praxis anzulegen</translation>
        </message>
        <message>
            <source>One last choice, then Rapport creates your encrypted practice file.</source>
            <translation>Noch eine letzte Entscheidung, dann legt Rapport Ihre verschlüsselte Praxisdatei an.</translation>
        </message>
        <message>
            <source>Also unlock with my computer login</source>
            <translation>Auch mit meiner Anmeldung am Computer entsperren</translation>
        </message>
        <message>
            <source>Rapport keeps a key in your computer's secure keyring, so that logging in to this computer is enough to open your practice. Your passphrase keeps working. Choose this only if nobody else uses your computer account.</source>
            <translation>Rapport legt einen Schlüssel im sicheren Schlüsselbund Ihres Computers ab, sodass die Anmeldung an diesem Computer genügt, um Ihre Praxis zu öffnen. Ihre Passphrase funktioniert weiterhin. Wählen Sie dies nur, wenn niemand sonst Ihr Benutzerkonto auf diesem Computer verwendet.</translation>
        </message>
        <message>
            <source>Not available here: this computer has no secure keyring that Rapport trusts, so you will always type your passphrase.</source>
            <translation>Hier nicht verfügbar: Dieser Computer hat keinen sicheren Schlüsselbund, dem Rapport vertraut. Sie geben also immer Ihre Passphrase ein.</translation>
        </message>
        <message>
            <source>Your practice file will be kept in:
{folder}</source>
            <translation>Ihre Praxisdatei wird hier gespeichert:
{folder}</translation>
        </message>
        <message>
            <source>Set up Rapport</source>
            <translation>Rapport einrichten</translation>
        </message>
        <message>
            <source>Create my practice</source>
            <translation>Praxis anlegen</translation>
        </message>
        <message>
            <source>Protecting your practice with your passphrase… this takes a few seconds.</source>
            <translation>Ihre Praxis wird mit Ihrer Passphrase geschützt… das dauert einige Sekunden.</translation>
        </message>
        <message>
            <source>The practice could not be created. Nothing was left behind; please try again.</source>
            <translation>Die Praxis konnte nicht angelegt werden. Es ist nichts zurückgeblieben; bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Not created</source>
            <translation>Nicht angelegt</translation>
        </message>
        <message>
            <source>Good morning, {name}</source>
            <translation>Guten Morgen, {name}</translation>
        </message>
        <message>
            <source>Good afternoon, {name}</source>
            <translation>Guten Tag, {name}</translation>
        </message>
        <message>
            <source>Good evening, {name}</source>
            <translation>Guten Abend, {name}</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>… und %Ln weiterer Eintrag.</numerusform>
                <numerusform>… und %Ln weitere Einträge.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your practice file</source>
            <translation>Ihre Praxisdatei</translation>
        </message>
        <message>
            <source>Today's appointments</source>
            <translation>Heutige Termine</translation>
        </message>
        <message>
            <source>Notes to sign</source>
            <translation>Zu signierende Notizen</translation>
        </message>
        <message>
            <source>Intakes to finish</source>
            <translation>Nicht abgeschlossene Aufnahmen</translation>
        </message>
        <message>
            <source>Is therapy working? Clients who need attention</source>
            <translation>Wirkt die Therapie? Klienten, die Aufmerksamkeit brauchen</translation>
        </message>
        <message>
            <source>Open Settings → Backups</source>
            <translation>Einstellungen → Datensicherung öffnen</translation>
        </message>
        <message>
            <source>{date} · {practice}</source>
            <translation>{date} · {practice}</translation>
        </message>
        <message>
            <source>Nothing booked today.</source>
            <translation>Für heute ist nichts eingetragen.</translation>
        </message>
        <message>
            <source>{status}, owes {amount}</source>
            <translation>{status}, offen: {amount}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{start}–{end}&lt;/b&gt; {who} · {service} · video · &lt;i&gt;{state}&lt;/i&gt;</source>
            <translation>&lt;b&gt;{start}–{end}&lt;/b&gt; {who} · {service} · Video · &lt;i&gt;{state}&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{start}–{end}&lt;/b&gt; {who} · {service} · &lt;i&gt;{state}&lt;/i&gt;</source>
            <translation>&lt;b&gt;{start}–{end}&lt;/b&gt; {who} · {service} · &lt;i&gt;{state}&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Sitzung öffnen</translation>
        </message>
        <message>
            <source>Late cancel</source>
            <translation>Kurzfristig abgesagt</translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href="notes"&gt;%n note(s) to sign&lt;/a&gt; — the oldest from {date}.</source>
            <translation>
                <numerusform>&lt;a href="notes"&gt;%n Notiz zu signieren&lt;/a&gt; – vom {date}.</numerusform>
                <numerusform>&lt;a href="notes"&gt;%n Notizen zu signieren&lt;/a&gt; – die älteste vom {date}.</numerusform>
            </translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <comment>date format</comment>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <source>&lt;a href="{client}"&gt;{name}&lt;/a&gt; · &lt;b&gt;seen today&lt;/b&gt;: {reason}</source>
            <translation>&lt;a href="{client}"&gt;{name}&lt;/a&gt; · &lt;b&gt;heute Termin&lt;/b&gt;: {reason}</translation>
        </message>
        <message>
            <source>&lt;a href="{client}"&gt;{name}&lt;/a&gt;: {reason}</source>
            <translation>&lt;a href="{client}"&gt;{name}&lt;/a&gt;: {reason}</translation>
        </message>
        <message>
            <source>Set aside…</source>
            <translation>Zurückstellen…</translation>
        </message>
        <message>
            <source>Hide this signal until a date, with the reason (recorded)</source>
            <translation>Diesen Hinweis bis zu einem Datum ausblenden, mit Begründung (wird protokolliert)</translation>
        </message>
        <message>
            <source>Hide one of these signals until a date, with the reason (recorded)</source>
            <translation>Einen dieser Hinweise bis zu einem Datum ausblenden, mit Begründung (wird protokolliert)</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>{draft} — stopped at “{page}”, {date} {time}</source>
            <translation>{draft} – unterbrochen bei „{page}“, {date}, {time} Uhr</translation>
        </message>
        <message>
            <source>dd MMM</source>
            <comment>date format</comment>
            <translation>dd.MM.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>&lt;a href="{client}"&gt;{name}&lt;/a&gt;: {item}</source>
            <translation>&lt;a href="{client}"&gt;{name}&lt;/a&gt;: {item}</translation>
        </message>
        <message>
            <source>Questionnaire file not loaded: {problem}</source>
            <translation>Fragebogendatei nicht geladen: {problem}</translation>
        </message>
        <message>
            <source>This is a demo practice: every person in it is made up.</source>
            <translation>Dies ist eine Demo-Praxis: Alle Personen darin sind erfunden.</translation>
        </message>
        <message>
            <source>Encrypted on this computer; nothing is sent anywhere.</source>
            <translation>Verschlüsselt auf diesem Computer gespeichert; es wird nichts übertragen.</translation>
        </message>
        <message>
            <source>The audit log does not check out: entry {entry} or one before it was changed outside Rapport. Keep a copy of the practice file and contact support.</source>
            <translation>Das Prüfprotokoll ist nicht stimmig: Eintrag {entry} oder ein früherer wurde außerhalb von Rapport verändert. Bewahren Sie eine Kopie der Praxisdatei auf und wenden Sie sich an den Support.</translation>
        </message>
        <message numerus="yes">
            <source>Audit log checked at unlock: %n event(s), unbroken.</source>
            <translation>
                <numerusform>Prüfprotokoll beim Entsperren kontrolliert: %n Ereignis, lückenlos.</numerusform>
                <numerusform>Prüfprotokoll beim Entsperren kontrolliert: %n Ereignisse, lückenlos.</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM</source>
            <comment>date format</comment>
            <translation>d. MMMM</translation>
        </message>
        <message numerus="yes">
            <source>%n failed unlock attempt(s) since the practice was last opened (the last on {date}). If that was not you, change your passphrase in Settings → Security.</source>
            <translation>
                <numerusform>%n fehlgeschlagener Entsperrversuch seit dem letzten Öffnen der Praxis (am {date}). Falls Sie das nicht waren, ändern Sie Ihre Passphrase unter Einstellungen → Sicherheit.</numerusform>
                <numerusform>%n fehlgeschlagene Entsperrversuche seit dem letzten Öffnen der Praxis (der letzte am {date}). Falls Sie das nicht waren, ändern Sie Ihre Passphrase unter Einstellungen → Sicherheit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your practice has no recovery code: make one in Settings → Security and keep it somewhere safe.</source>
            <translation>Ihre Praxis hat keinen Wiederherstellungscode: Erstellen Sie einen unter Einstellungen → Sicherheit und bewahren Sie ihn an einem sicheren Ort auf.</translation>
        </message>
        <message>
            <source>A change of the encryption key was interrupted and has been finished now; the recovery code made for it was never shown.</source>
            <translation>Ein Wechsel des Verschlüsselungsschlüssels wurde unterbrochen und ist jetzt abgeschlossen; der dafür erstellte Wiederherstellungscode wurde nie angezeigt.</translation>
        </message>
        <message>
            <source>You opened the practice with your recovery code; this was recorded.</source>
            <translation>Sie haben die Praxis mit Ihrem Wiederherstellungscode geöffnet; dies wurde protokolliert.</translation>
        </message>
        <message>
            <source>the backups folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <source>Rapport updated your practice file to this version; a copy from before the update was kept ({where}).</source>
            <translation>Rapport hat Ihre Praxisdatei auf diese Version aktualisiert; eine Kopie des vorherigen Stands wurde aufbewahrt ({where}).</translation>
        </message>
        <message>
            <source>Last good backup: {date}.</source>
            <translation>Letzte erfolgreiche Sicherung: {date}.</translation>
        </message>
        <message>
            <source>Rapport — locked</source>
            <translation>Rapport – gesperrt</translation>
        </message>
        <message>
            <source>Your practice is locked</source>
            <translation>Ihre Praxis ist gesperrt</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use your recovery code</source>
            <translation>Passphrase vergessen? Wiederherstellungscode verwenden</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your practice.</source>
            <translation>Geben Sie Ihre Passphrase ein, um Ihre Praxis zu öffnen.</translation>
        </message>
        <message>
            <source>Unlock with recovery code</source>
            <translation>Mit Wiederherstellungscode entsperren</translation>
        </message>
        <message>
            <source>Back to passphrase</source>
            <translation>Zurück zur Passphrase</translation>
        </message>
        <message>
            <source>Type the recovery code from your emergency access kit. Using it is recorded, and you will then choose a new passphrase.</source>
            <translation>Geben Sie den Wiederherstellungscode aus Ihrem Notfall-Kit ein. Die Verwendung wird protokolliert, und Sie wählen danach eine neue Passphrase.</translation>
        </message>
        <message>
            <source>This is a demo practice with made-up people. Its passphrase is: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
            <translation>Dies ist eine Demo-Praxis mit erfundenen Personen. Ihre Passphrase lautet: &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Type your recovery code.</source>
            <translation>Geben Sie Ihren Wiederherstellungscode ein.</translation>
        </message>
        <message>
            <source>Checking the code…</source>
            <translation>Code wird geprüft…</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Geben Sie Ihre Passphrase ein.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Wird entsperrt…</translation>
        </message>
        <message>
            <source>Unlocking with your computer login…</source>
            <translation>Wird mit Ihrer Anmeldung am Computer entsperrt…</translation>
        </message>
        <message>
            <source>{problem}

A backup brings the practice back as it was when the backup was made; the damaged file is kept aside, not deleted.</source>
            <translation>{problem}

Eine Sicherung stellt die Praxis so wieder her, wie sie beim Erstellen der Sicherung war; die beschädigte Datei wird beiseitegelegt, nicht gelöscht.</translation>
        </message>
        <message>
            <source>Rapport could not open the practice. See the log file.</source>
            <translation>Rapport konnte die Praxis nicht öffnen. Einzelheiten stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>That did not open the practice. After several failed tries Rapport waits before the next one: please try again in {seconds} s.</source>
            <translation>Damit ließ sich die Praxis nicht öffnen. Nach mehreren Fehlversuchen wartet Rapport vor dem nächsten Versuch: Bitte versuchen Sie es in {seconds} s erneut.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Sie können es jetzt erneut versuchen.</translation>
        </message>
        <message>
            <source>Very weak</source>
            <translation>Sehr schwach</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Sehr stark</translation>
        </message>
        <message>
            <source>{keys} shows or hides what is typed</source>
            <translation>{keys} zeigt oder verbirgt die Eingabe</translation>
        </message>
        <message>
            <source>Show</source>
            <comment>passphrase</comment>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the passphrase ({keys})</source>
            <translation>Passphrase anzeigen oder verbergen ({keys})</translation>
        </message>
        <message>
            <source>Hide</source>
            <comment>passphrase</comment>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Stärke der Passphrase</translation>
        </message>
        <message numerus="yes">
            <source>At least %n character(s). A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
            <translation>
                <numerusform>Mindestens %n Zeichen. Einige Wörter ohne Zusammenhang ergeben eine Passphrase, die leicht zu merken und schwer zu erraten ist.</numerusform>
                <numerusform>Mindestens %n Zeichen. Einige Wörter ohne Zusammenhang ergeben eine Passphrase, die leicht zu merken und schwer zu erraten ist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more character(s) needed.</source>
            <translation>
                <numerusform>Noch %n Zeichen nötig.</numerusform>
                <numerusform>Noch %n Zeichen nötig.</numerusform>
            </translation>
        </message>
        <message>
            <source>{verdict}. {advice}</source>
            <translation>{verdict}. {advice}</translation>
        </message>
        <message>
            <source>e.g. Harbour Light Counselling</source>
            <translation>z. B. Psychotherapie Am Hafen</translation>
        </message>
        <message>
            <source>As it should appear on forms</source>
            <translation>Name, wie er auf Formularen stehen soll</translation>
        </message>
        <message>
            <source>e.g. PsyD, Licensed Psychologist</source>
            <translation>z. B. Psychologischer Psychotherapeut</translation>
        </message>
        <message>
            <source>Practice and clinician</source>
            <translation>Praxis und Behandler</translation>
        </message>
        <message>
            <source>Practice name *</source>
            <translation>Name der Praxis *</translation>
        </message>
        <message>
            <source>Clinician *</source>
            <translation>Behandler *</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Berufsbezeichnung</translation>
        </message>
        <message>
            <source>Licence number</source>
            <translation>Zulassungsnummer</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Contact details for letterheads</source>
            <translation>Kontaktangaben für den Briefkopf</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Emergency access kit</source>
            <translation>Notfall-Kit</translation>
        </message>
        <message>
            <source>Print emergency access kit…</source>
            <translation>Notfall-Kit drucken…</translation>
        </message>
        <message>
            <source>Save kit as PDF…</source>
            <translation>Kit als PDF speichern…</translation>
        </message>
        <message>
            <source>Print the kit (or write the code down) and keep it away from this computer — a locked drawer or a safe. Do not e-mail it or keep a photo of it in the cloud. Using it is recorded, and you will then choose a new passphrase.</source>
            <translation>Drucken Sie das Kit aus (oder schreiben Sie den Code auf) und bewahren Sie es getrennt von diesem Computer auf – in einer verschlossenen Schublade oder einem Tresor. Schicken Sie es nicht per E-Mail und speichern Sie kein Foto davon in der Cloud. Die Verwendung wird protokolliert, und Sie wählen danach eine neue Passphrase.</translation>
        </message>
        <message>
            <source>I have stored my recovery code somewhere safe</source>
            <translation>Ich habe meinen Wiederherstellungscode sicher aufbewahrt</translation>
        </message>
        <message>
            <source>Signature pad</source>
            <translation>Unterschriftenfeld</translation>
        </message>
        <message>
            <source>Draw the signature with a mouse, a pen or a finger; it cannot be drawn with keys. To sign from the keyboard, type the full name instead: typing here goes to the name field. Delete clears the pad.</source>
            <translation>Zeichnen Sie die Unterschrift mit Maus, Stift oder Finger; mit der Tastatur lässt sie sich nicht zeichnen. Um per Tastatur zu unterschreiben, geben Sie stattdessen den vollständigen Namen ein: Eingaben hier landen im Namensfeld. Entf leert das Feld.</translation>
        </message>
        <message>
            <source>Sign above the line</source>
            <translation>Über der Linie unterschreiben</translation>
        </message>
        <message>
            <source>Set aside for now</source>
            <translation>Vorerst zurückstellen</translation>
        </message>
        <message>
            <source>e.g. Discussed today; agreed to review in two weeks</source>
            <translation>z. B. Heute besprochen; in zwei Wochen erneut prüfen</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>{client}: {reason}</source>
            <translation>{client}: {reason}</translation>
        </message>
        <message>
            <source>Missed appointment</source>
            <translation>Versäumter Termin</translation>
        </message>
        <message>
            <source>That charge no longer exists.</source>
            <translation>Dieser Posten existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That invoice no longer exists.</source>
            <translation>Diese Rechnung existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That payment no longer exists.</source>
            <translation>Diese Zahlung existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Choose a currency, such as USD, EUR or GBP.</source>
            <translation>Wählen Sie eine Währung, z. B. USD, EUR oder GBP.</translation>
        </message>
        <message>
            <source>Choose a language and region, such as en_US or de_DE.</source>
            <translation>Wählen Sie eine Sprache und Region, z. B. en_US oder de_DE.</translation>
        </message>
        <message>
            <source>Choose between {low} and {high} days.</source>
            <translation>Wählen Sie einen Wert zwischen {low} und {high} Tagen.</translation>
        </message>
        <message>
            <source>At most {count} characters.</source>
            <translation>Höchstens {count} Zeichen.</translation>
        </message>
        <message>
            <source>An NPI has 10 digits, the last a check digit; this one does not fit.</source>
            <translation>Eine NPI hat 10 Ziffern, die letzte ist eine Prüfziffer; diese Nummer passt nicht dazu.</translation>
        </message>
        <message>
            <source>The currency cannot change once anything has been billed.</source>
            <translation>Die Währung kann nicht mehr geändert werden, sobald etwas abgerechnet wurde.</translation>
        </message>
        <message>
            <source>Enter an amount.</source>
            <translation>Geben Sie einen Betrag ein.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Der Betrag muss größer als null sein.</translation>
        </message>
        <message>
            <source>At most {amount}.</source>
            <translation>Höchstens {amount}.</translation>
        </message>
        <message>
            <source>{currency} amounts have no decimals.</source>
            <translation>Beträge in {currency} haben keine Nachkommastellen.</translation>
        </message>
        <message>
            <source>{currency} amounts have at most {digits} decimals.</source>
            <translation>Beträge in {currency} haben höchstens {digits} Nachkommastellen.</translation>
        </message>
        <message>
            <source>This appointment is billed on invoice {number}. Void invoice {number} first.</source>
            <translation>Dieser Termin ist mit Rechnung {number} abgerechnet. Stornieren Sie zuerst Rechnung {number}.</translation>
        </message>
        <message>
            <source>Say what the charge is for.</source>
            <translation>Geben Sie an, wofür der Posten ist.</translation>
        </message>
        <message>
            <source>A charge cannot be in the future.</source>
            <translation>Ein Posten kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Say why the charge is waived.</source>
            <translation>Geben Sie an, warum der Posten erlassen wird.</translation>
        </message>
        <message>
            <source>This charge is already waived.</source>
            <translation>Dieser Posten wurde bereits erlassen.</translation>
        </message>
        <message>
            <source>This charge is on invoice {number}. Void invoice {number} first.</source>
            <translation>Dieser Posten steht auf Rechnung {number}. Stornieren Sie zuerst Rechnung {number}.</translation>
        </message>
        <message>
            <source>Choose one of the client's guardians.</source>
            <translation>Wählen Sie eine sorgeberechtigte Person des Klienten.</translation>
        </message>
        <message>
            <source>Choose either charges or a period, not both.</source>
            <translation>Wählen Sie entweder Posten oder einen Zeitraum, nicht beides.</translation>
        </message>
        <message>
            <source>Give the period's first and last day.</source>
            <translation>Geben Sie den ersten und den letzten Tag des Zeitraums an.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Der Zeitraum endet, bevor er beginnt.</translation>
        </message>
        <message>
            <source>There is nothing to invoice in this period.</source>
            <translation>In diesem Zeitraum gibt es nichts abzurechnen.</translation>
        </message>
        <message>
            <source>Choose the charges to invoice, or a period.</source>
            <translation>Wählen Sie die abzurechnenden Posten oder einen Zeitraum.</translation>
        </message>
        <message>
            <source>Some of the charges are not this client's, or no longer exist.</source>
            <translation>Einige der Posten gehören nicht zu diesem Klienten oder existieren nicht mehr.</translation>
        </message>
        <message>
            <source>A waived charge is not invoiced.</source>
            <translation>Ein erlassener Posten wird nicht in Rechnung gestellt.</translation>
        </message>
        <message>
            <source>A charge is already on invoice {number}.</source>
            <translation>Ein Posten steht bereits auf Rechnung {number}.</translation>
        </message>
        <message>
            <source>An invoice cannot be in the future.</source>
            <translation>Eine Rechnung kann nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <source>An invoice needs something to pay.</source>
            <translation>Eine Rechnung braucht mindestens einen zu zahlenden Posten.</translation>
        </message>
        <message>
            <source>Invoice {number} is dated {date}; a new invoice cannot be dated earlier.</source>
            <translation>Rechnung {number} ist auf den {date} datiert; eine neue Rechnung kann kein früheres Datum haben.</translation>
        </message>
        <message>
            <source>That appointment no longer exists.</source>
            <translation>Dieser Termin existiert nicht mehr.</translation>
        </message>
        <message>
            <source>A free consultation is never invoiced.</source>
            <translation>Ein kostenloses Erstgespräch wird nie in Rechnung gestellt.</translation>
        </message>
        <message>
            <source>This appointment has no charge: it was not held or missed.</source>
            <translation>Für diesen Termin gibt es keinen Posten: Er hat weder stattgefunden, noch wurde er versäumt.</translation>
        </message>
        <message>
            <source>Say why the invoice is voided.</source>
            <translation>Geben Sie an, warum die Rechnung storniert wird.</translation>
        </message>
        <message>
            <source>Invoice {number} is already void.</source>
            <translation>Rechnung {number} ist bereits storniert.</translation>
        </message>
        <message>
            <source>Choose one of the client's invoices.</source>
            <translation>Wählen Sie eine Rechnung des Klienten.</translation>
        </message>
        <message>
            <source>Invoice {number} is void.</source>
            <translation>Rechnung {number} ist storniert.</translation>
        </message>
        <message>
            <source>Invoice {number} is already settled.</source>
            <translation>Rechnung {number} ist bereits beglichen.</translation>
        </message>
        <message>
            <source>A payment cannot be in the future.</source>
            <translation>Eine Zahlung kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Choose cash, card, cheque, transfer or other.</source>
            <translation>Wählen Sie Bargeld, Karte, Scheck, Überweisung oder Sonstiges.</translation>
        </message>
        <message>
            <source>Nothing is owed now. Confirm to keep this payment ({extra}) as credit.</source>
            <translation>Derzeit ist nichts offen. Bestätigen Sie, um diese Zahlung ({extra}) als Guthaben zu verbuchen.</translation>
        </message>
        <message>
            <source>This is {extra} more than the {owed} owed. Confirm to keep {extra} as credit.</source>
            <translation>Das sind {extra} mehr als die offenen {owed}. Bestätigen Sie, um {extra} als Guthaben zu verbuchen.</translation>
        </message>
        <message>
            <source>Say why it is written off.</source>
            <translation>Geben Sie an, warum der Betrag abgeschrieben wird.</translation>
        </message>
        <message>
            <source>A write-off cannot be in the future.</source>
            <translation>Eine Abschreibung kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>At most the {due} still due on invoice {number}.</source>
            <translation>Höchstens die auf Rechnung {number} noch offenen {due}.</translation>
        </message>
        <message>
            <source>At most what the client owes ({owed}).</source>
            <translation>Höchstens der offene Betrag des Klienten ({owed}).</translation>
        </message>
        <message>
            <source>Say why it is voided.</source>
            <translation>Geben Sie an, warum storniert wird.</translation>
        </message>
        <message>
            <source>This is already void.</source>
            <translation>Dies ist bereits storniert.</translation>
        </message>
        <message>
            <source>A write-off has no receipt.</source>
            <translation>Für eine Abschreibung gibt es keine Quittung.</translation>
        </message>
        <message>
            <source>over 90 days</source>
            <translation>über 90 Tage</translation>
        </message>
        <message>
            <source>Late cancellations</source>
            <translation>Kurzfristige Absagen</translation>
        </message>
        <message>
            <source>Missed appointments</source>
            <translation>Versäumte Termine</translation>
        </message>
        <message>
            <source>Other charges</source>
            <translation>Sonstige Posten</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>That service no longer exists.</source>
            <translation>Diese Leistung existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Client {code} has no signed consent. Book anyway only if you have agreed this with them.</source>
            <translation>Klient {code} hat keine unterschriebene Einwilligung. Buchen Sie den Termin nur dann trotzdem, wenn Sie dies mit der Person abgesprochen haben.</translation>
        </message>
        <message>
            <source>Client {code} signed an older version of the consent. Book anyway only if you have agreed this with them.</source>
            <translation>Klient {code} hat eine ältere Version der Einwilligung unterschrieben. Buchen Sie den Termin nur dann trotzdem, wenn Sie dies mit der Person abgesprochen haben.</translation>
        </message>
        <message>
            <source>Client {code} revoked their consent. Book anyway only if you have agreed this with them.</source>
            <translation>Klient {code} hat die Einwilligung widerrufen. Buchen Sie den Termin nur dann trotzdem, wenn Sie dies mit der Person abgesprochen haben.</translation>
        </message>
        <message>
            <source>Client {code} has no valid consent. Book anyway only if you have agreed this with them.</source>
            <translation>Klient {code} hat keine gültige Einwilligung. Buchen Sie den Termin nur dann trotzdem, wenn Sie dies mit der Person abgesprochen haben.</translation>
        </message>
        <message>
            <source>Give the time with its time zone.</source>
            <translation>Geben Sie die Uhrzeit mit Zeitzone an.</translation>
        </message>
        <message>
            <source>Choose between {low} and {high} minutes.</source>
            <translation>Wählen Sie einen Wert zwischen {low} und {high} Minuten.</translation>
        </message>
        <message>
            <source>Enter the service's name.</source>
            <translation>Geben Sie den Namen der Leistung ein.</translation>
        </message>
        <message>
            <source>Another service already has this name.</source>
            <translation>Eine andere Leistung trägt bereits diesen Namen.</translation>
        </message>
        <message>
            <source>A fee cannot be negative.</source>
            <translation>Ein Honorar kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>Choose the kind of service.</source>
            <translation>Wählen Sie die Art der Leistung.</translation>
        </message>
        <message>
            <source>At most 20 letters and digits.</source>
            <translation>Höchstens 20 Buchstaben und Ziffern.</translation>
        </message>
        <message>
            <source>Choose a colour such as #4f7cac.</source>
            <translation>Wählen Sie eine Farbe, z. B. #4f7cac.</translation>
        </message>
        <message>
            <source>Choose between 0 and {high} minutes.</source>
            <translation>Wählen Sie einen Wert zwischen 0 und {high} Minuten.</translation>
        </message>
        <message>
            <source>Give the working hours of each day of the week.</source>
            <translation>Geben Sie die Arbeitszeiten für jeden Wochentag an.</translation>
        </message>
        <message>
            <source>On {day}, the working day must start before it ends.</source>
            <translation>Am {day} muss der Arbeitsbeginn vor dem Arbeitsende liegen.</translation>
        </message>
        <message>
            <source>{when} is outside working hours ({day} is not a working day).</source>
            <translation>{when} liegt außerhalb der Arbeitszeit ({day} ist kein Arbeitstag).</translation>
        </message>
        <message>
            <source>{when} is outside working hours ({start}–{end}).</source>
            <translation>{when} liegt außerhalb der Arbeitszeit ({start}–{end}).</translation>
        </message>
        <message>
            <source>Overlaps busy time on {when}.</source>
            <translation>Überschneidet sich mit einer Blockzeit am {when}.</translation>
        </message>
        <message>
            <source>Overlaps {service} ({code}) on {when}, with its {buffer}-minute buffer.</source>
            <translation>Überschneidet sich am {when} mit {service} ({code}), einschließlich {buffer} Minuten Pufferzeit.</translation>
        </message>
        <message>
            <source>Overlaps {service} ({code}) on {when}.</source>
            <translation>Überschneidet sich am {when} mit {service} ({code}).</translation>
        </message>
        <message>
            <source>That client no longer exists.</source>
            <translation>Dieser Klient existiert nicht mehr.</translation>
        </message>
        <message>
            <source>This client is archived. Restore the record first.</source>
            <translation>Dieser Klient ist archiviert. Stellen Sie die Akte zuerst wieder her.</translation>
        </message>
        <message>
            <source>This service is no longer offered.</source>
            <translation>Diese Leistung wird nicht mehr angeboten.</translation>
        </message>
        <message>
            <source>Choose how many sessions, or the date of the last one.</source>
            <translation>Wählen Sie die Anzahl der Sitzungen oder das Datum der letzten Sitzung.</translation>
        </message>
        <message>
            <source>A series has between 2 and {count} sessions.</source>
            <translation>Eine Serie umfasst 2 bis {count} Sitzungen.</translation>
        </message>
        <message>
            <source>The last session cannot be before the first.</source>
            <translation>Die letzte Sitzung kann nicht vor der ersten liegen.</translation>
        </message>
        <message>
            <source>A series may run at most {count} years ahead.</source>
            <translation>Eine Serie darf höchstens {count} Jahre im Voraus reichen.</translation>
        </message>
        <message>
            <source>Choose a client or an enquiry.</source>
            <translation>Wählen Sie einen Klienten oder eine Anfrage.</translation>
        </message>
        <message>
            <source>A client cannot be their own partner.</source>
            <translation>Ein Klient kann nicht sein eigener Partner sein.</translation>
        </message>
        <message>
            <source>That enquiry no longer exists.</source>
            <translation>Diese Anfrage existiert nicht mehr.</translation>
        </message>
        <message>
            <source>This enquiry has become a client: book the client instead.</source>
            <translation>Aus dieser Anfrage ist ein Klient geworden: Buchen Sie stattdessen den Klienten.</translation>
        </message>
        <message>
            <source>Only clients can join a session.</source>
            <translation>Nur Klienten können an einer Sitzung teilnehmen.</translation>
        </message>
        <message>
            <source>An enquiry can only be booked for a free consultation.</source>
            <translation>Für eine Anfrage kann nur ein kostenloses Erstgespräch gebucht werden.</translation>
        </message>
        <message>
            <source>A series has at most {count} sessions.</source>
            <translation>Eine Serie umfasst höchstens {count} Sitzungen.</translation>
        </message>
        <message>
            <source>A series has at least two sessions.</source>
            <translation>Eine Serie umfasst mindestens zwei Sitzungen.</translation>
        </message>
        <message>
            <source>Only a scheduled appointment can be changed.</source>
            <translation>Nur ein geplanter Termin kann geändert werden.</translation>
        </message>
        <message>
            <source>An appointment can be marked attended or missed once it has started.</source>
            <translation>Ein Termin kann erst nach seinem Beginn als erschienen oder versäumt markiert werden.</translation>
        </message>
        <message>
            <source>Only a scheduled appointment can be cancelled.</source>
            <translation>Nur ein geplanter Termin kann abgesagt werden.</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>Das Ende muss nach dem Beginn liegen.</translation>
        </message>
        <message>
            <source>Unknown source of busy time.</source>
            <translation>Unbekannte Quelle der Blockzeit.</translation>
        </message>
        <message>
            <source>This client is archived, so the record cannot be changed. Restore it first.</source>
            <translation>Dieser Klient ist archiviert, daher kann die Akte nicht geändert werden. Stellen Sie sie zuerst wieder her.</translation>
        </message>
        <message>
            <source>The record was not erased.</source>
            <translation>Die Akte wurde nicht gelöscht.</translation>
        </message>
        <message>
            <source>The record was not archived.</source>
            <translation>Die Akte wurde nicht archiviert.</translation>
        </message>
        <message>
            <source>Enter the client's legal first name.</source>
            <translation>Geben Sie den amtlichen Vornamen des Klienten ein.</translation>
        </message>
        <message>
            <source>Enter the client's legal last name.</source>
            <translation>Geben Sie den amtlichen Nachnamen des Klienten ein.</translation>
        </message>
        <message>
            <source>Enter the date of birth.</source>
            <translation>Geben Sie das Geburtsdatum ein.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>Das Geburtsdatum kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>That would make the client older than {age}.</source>
            <translation>Damit wäre der Klient älter als {age} Jahre.</translation>
        </message>
        <message>
            <source>Choose female, male, or not recorded.</source>
            <translation>Wählen Sie weiblich, männlich oder nicht erfasst.</translation>
        </message>
        <message>
            <source>Choose who asked for the therapy.</source>
            <translation>Wählen Sie, wer die Therapie angefragt hat.</translation>
        </message>
        <message>
            <source>Choose active, paused or discharged (archive from the record).</source>
            <translation>Wählen Sie aktiv, pausiert oder abgeschlossen (archivieren können Sie über die Akte).</translation>
        </message>
        <message>
            <source>2 to 12 letters, digits or dashes, e.g. C0042.</source>
            <translation>2 bis 12 Buchstaben, Ziffern oder Bindestriche, z. B. C0042.</translation>
        </message>
        <message>
            <source>Choose standard or sliding-scale.</source>
            <translation>Wählen Sie Standardhonorar oder ermäßigtes Honorar.</translation>
        </message>
        <message>
            <source>A sliding-scale rate must be more than zero.</source>
            <translation>Ein ermäßigtes Honorar muss größer als null sein.</translation>
        </message>
        <message>
            <source>A sliding-scale rate must be less than {amount}.</source>
            <translation>Ein ermäßigtes Honorar muss niedriger als {amount} sein.</translation>
        </message>
        <message>
            <source>Enter the guardian's name.</source>
            <translation>Geben Sie den Namen der sorgeberechtigten Person ein.</translation>
        </message>
        <message>
            <source>The client is under {age}: add at least one guardian who can consent.</source>
            <translation>Der Klient ist jünger als {age} Jahre: Fügen Sie mindestens eine sorgeberechtigte Person hinzu, die einwilligen kann.</translation>
        </message>
        <message>
            <source>“{code}” is not an ICD-10-CM code.</source>
            <translation>„{code}“ ist kein ICD-10-CM-Code.</translation>
        </message>
        <message>
            <source>Mark only one diagnosis as primary.</source>
            <translation>Markieren Sie nur eine Diagnose als Hauptdiagnose.</translation>
        </message>
        <message>
            <source>Give the goal a title.</source>
            <translation>Geben Sie dem Ziel einen Titel.</translation>
        </message>
        <message>
            <source>Choose a status for the goal.</source>
            <translation>Wählen Sie einen Status für das Ziel.</translation>
        </message>
        <message>
            <source>A tag has at most 60 characters.</source>
            <translation>Ein Schlagwort hat höchstens 60 Zeichen.</translation>
        </message>
        <message>
            <source>The code {code} is already used by another client.</source>
            <translation>Der Code {code} wird bereits für einen anderen Klienten verwendet.</translation>
        </message>
        <message>
            <source>same name and date of birth</source>
            <translation>gleicher Name und gleiches Geburtsdatum</translation>
        </message>
        <message>
            <source>same phone number</source>
            <translation>gleiche Telefonnummer</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>gleiche E-Mail-Adresse</translation>
        </message>
        <message>
            <source>{code} has 1 unsigned note. Sign or delete it first: an archived record cannot be changed.</source>
            <translation>{code} hat 1 nicht signierte Notiz. Signieren oder löschen Sie diese zuerst: Eine archivierte Akte kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>{code} has {count} unsigned notes. Sign or delete them first: an archived record cannot be changed.</source>
            <translation>{code} hat {count} nicht signierte Notizen. Signieren oder löschen Sie diese zuerst: Eine archivierte Akte kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>To erase, type the client's code ({code}) exactly.</source>
            <translation>Geben Sie zum Löschen den Klientencode ({code}) exakt ein.</translation>
        </message>
        <message>
            <source>This record must be kept until {date}; it cannot be erased yet.</source>
            <translation>Diese Akte muss bis zum {date} aufbewahrt werden; sie kann noch nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>No retention date is set for this record, so it cannot be erased yet.</source>
            <translation>Für diese Akte ist keine Aufbewahrungsfrist festgelegt; sie kann noch nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>{count} signed note</source>
            <translation>{count} signierte Notiz</translation>
        </message>
        <message>
            <source>{count} signed notes</source>
            <translation>{count} signierte Notizen</translation>
        </message>
        <message>
            <source>{count} invoice</source>
            <translation>{count} Rechnung</translation>
        </message>
        <message>
            <source>{count} invoices</source>
            <translation>{count} Rechnungen</translation>
        </message>
        <message>
            <source>{notes} and {invoices}</source>
            <translation>{notes} und {invoices}</translation>
        </message>
        <message>
            <source>{code} has {held}, so it was not entered by mistake. Archive the record instead: it is then kept until its retention period ends.</source>
            <translation>{code} hat {held}, wurde also nicht versehentlich angelegt. Archivieren Sie die Akte stattdessen: Sie wird dann bis zum Ende der Aufbewahrungsfrist aufbewahrt.</translation>
        </message>
        <message>
            <source>Write placeholders as a plain name in braces, not {placeholder}.</source>
            <translation>Schreiben Sie Platzhalter als einfachen Namen in geschweiften Klammern, nicht {placeholder}.</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder}</source>
            <translation>Unbekannter Platzhalter {placeholder}</translation>
        </message>
        <message>
            <source>A brace is not closed. Write {{ or }} for a literal brace.</source>
            <translation>Eine geschweifte Klammer ist nicht geschlossen. Schreiben Sie {{ oder }} für eine geschweifte Klammer als Zeichen.</translation>
        </message>
        <message>
            <source>That consent template no longer exists.</source>
            <translation>Diese Einwilligungsvorlage existiert nicht mehr.</translation>
        </message>
        <message>
            <source>A consent template needs at least one section.</source>
            <translation>Eine Einwilligungsvorlage braucht mindestens einen Abschnitt.</translation>
        </message>
        <message>
            <source>At most {limit} sections.</source>
            <translation>Höchstens {limit} Abschnitte.</translation>
        </message>
        <message>
            <source>Give section {index} a title.</source>
            <translation>Geben Sie Abschnitt {index} einen Titel.</translation>
        </message>
        <message>
            <source>The title of section '{title}' is longer than {limit}.</source>
            <translation>Der Titel des Abschnitts „{title}“ ist länger als {limit}.</translation>
        </message>
        <message>
            <source>The text of section '{title}' is longer than {limit}.</source>
            <translation>Der Text des Abschnitts „{title}“ ist länger als {limit}.</translation>
        </message>
        <message>
            <source>The text of section {index} is longer than {limit}.</source>
            <translation>Der Text von Abschnitt {index} ist länger als {limit}.</translation>
        </message>
        <message>
            <source>{problem} (in section '{title}')</source>
            <translation>{problem} (im Abschnitt „{title}“)</translation>
        </message>
        <message>
            <source>{problem} (in section {index})</source>
            <translation>{problem} (in Abschnitt {index})</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder} in section '{title}'</source>
            <translation>Unbekannter Platzhalter {placeholder} im Abschnitt „{title}“</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder} in section {index}</source>
            <translation>Unbekannter Platzhalter {placeholder} in Abschnitt {index}</translation>
        </message>
        <message>
            <source>Two sections share the key {key}.</source>
            <translation>Zwei Abschnitte haben denselben Schlüssel {key}.</translation>
        </message>
        <message>
            <source>Choose adult or guardian.</source>
            <translation>Wählen Sie Erwachsene oder Sorgeberechtigte.</translation>
        </message>
        <message>
            <source>Give the template a name.</source>
            <translation>Geben Sie der Vorlage einen Namen.</translation>
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation>Höchstens {limit} Zeichen.</translation>
        </message>
        <message>
            <source>The consent form still says “fee not set yet” in: {sections}. Enter your fees in Settings → Consent before asking for a signature.</source>
            <translation>Im Einwilligungsformular steht noch „Honorar noch nicht festgelegt“ in: {sections}. Tragen Sie Ihre Honorare unter Einstellungen → Einwilligung ein, bevor Sie um eine Unterschrift bitten.</translation>
        </message>
        <message>
            <source>That signed consent no longer exists.</source>
            <translation>Diese unterschriebene Einwilligung existiert nicht mehr.</translation>
        </message>
        <message>
            <source>The client has not signed yet.</source>
            <translation>Der Klient hat noch nicht unterschrieben.</translation>
        </message>
        <message>
            <source>The parent or guardian has not signed yet.</source>
            <translation>Der Elternteil bzw. die sorgeberechtigte Person hat noch nicht unterschrieben.</translation>
        </message>
        <message>
            <source>The clinician has not signed yet.</source>
            <translation>Der Behandler hat noch nicht unterschrieben.</translation>
        </message>
        <message>
            <source>The {role} has not signed yet.</source>
            <translation>Es fehlt noch die Unterschrift: {role}.</translation>
        </message>
        <message>
            <source>A parent or guardian who can consent must sign for a minor.</source>
            <translation>Für Minderjährige muss ein Elternteil bzw. eine sorgeberechtigte Person unterschreiben, die einwilligen kann.</translation>
        </message>
        <message>
            <source>The guardian who signed is not one of the client's guardians who can consent.</source>
            <translation>Die Person, die unterschrieben hat, gehört nicht zu den einwilligungsberechtigten Sorgeberechtigten des Klienten.</translation>
        </message>
        <message>
            <source>The client must sign.</source>
            <translation>Der Klient muss unterschreiben.</translation>
        </message>
        <message>
            <source>The client {code} must sign.</source>
            <translation>Klient {code} muss unterschreiben.</translation>
        </message>
        <message>
            <source>The clinician must countersign.</source>
            <translation>Der Behandler muss gegenzeichnen.</translation>
        </message>
        <message>
            <source>That template is for another audience.</source>
            <translation>Diese Vorlage ist für eine andere Zielgruppe bestimmt.</translation>
        </message>
        <message>
            <source>A minor's consent is given by a guardian.</source>
            <translation>Bei Minderjährigen willigt eine sorgeberechtigte Person ein.</translation>
        </message>
        <message>
            <source>Initials are missing for '{title}'.</source>
            <translation>Für „{title}“ fehlen die Initialen.</translation>
        </message>
        <message>
            <source>The initials for '{title}' are longer than {limit} characters.</source>
            <translation>Die Initialen für „{title}“ sind länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>This consent was signed on paper: see its scan.</source>
            <translation>Diese Einwilligung wurde auf Papier unterschrieben: siehe Scan.</translation>
        </message>
        <message>
            <source>Give the reason the consent was revoked.</source>
            <translation>Geben Sie den Grund für den Widerruf der Einwilligung an.</translation>
        </message>
        <message>
            <source>This consent was already revoked.</source>
            <translation>Diese Einwilligung wurde bereits widerrufen.</translation>
        </message>
        <message>
            <source>Attach a PDF, PNG or JPEG file.</source>
            <translation>Hängen Sie eine PDF-, PNG- oder JPEG-Datei an.</translation>
        </message>
        <message>
            <source>The file's content does not match its type.</source>
            <translation>Der Inhalt der Datei passt nicht zu ihrem Dateityp.</translation>
        </message>
        <message>
            <source>The file is larger than 50 MB.</source>
            <translation>Die Datei ist größer als 50 MB.</translation>
        </message>
        <message>
            <source>This consent has no scanned form.</source>
            <translation>Zu dieser Einwilligung gibt es kein eingescanntes Formular.</translation>
        </message>
        <message>
            <source>This does not look like a phone number.</source>
            <translation>Dies sieht nicht wie eine Telefonnummer aus.</translation>
        </message>
        <message>
            <source>This phone number is not valid for {region}. Check the digits, or start with + and the country code.</source>
            <translation>Diese Telefonnummer ist für {region} nicht gültig. Prüfen Sie die Ziffern oder beginnen Sie mit + und der Ländervorwahl.</translation>
        </message>
        <message>
            <source>This e-mail address is not valid: {reason}</source>
            <translation>Diese E-Mail-Adresse ist ungültig: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Etwas ist schiefgelaufen.</translation>
        </message>
        <message>
            <source>Some values need attention.</source>
            <translation>Einige Angaben müssen überprüft werden.</translation>
        </message>
        <message>
            <source>That passphrase does not open this practice.</source>
            <translation>Mit dieser Passphrase lässt sich diese Praxis nicht öffnen.</translation>
        </message>
        <message>
            <source>That recovery code does not open this practice.</source>
            <translation>Mit diesem Wiederherstellungscode lässt sich diese Praxis nicht öffnen.</translation>
        </message>
        <message>
            <source>Too many failed attempts. Please wait {seconds} seconds.</source>
            <translation>Zu viele Fehlversuche. Bitte warten Sie {seconds} Sekunden.</translation>
        </message>
        <message>
            <source>The practice file is damaged and cannot be opened safely. Nothing has been changed. Restore it from a backup, or contact support with the log file.</source>
            <translation>Die Praxisdatei ist beschädigt und kann nicht sicher geöffnet werden. Es wurde nichts verändert. Stellen Sie sie aus einer Sicherung wieder her oder wenden Sie sich mit der Protokolldatei an den Support.</translation>
        </message>
        <message>
            <source>The practice file is not an encrypted Rapport vault (it is a plain database or another kind of file). Rapport will not open it.</source>
            <translation>Die Praxisdatei ist kein verschlüsselter Rapport-Tresor (sondern eine unverschlüsselte Datenbank oder eine andere Art von Datei). Rapport öffnet sie nicht.</translation>
        </message>
        <message>
            <source>This practice is already open in another Rapport window or process ({holder}). Close it there first.</source>
            <translation>Diese Praxis ist bereits in einem anderen Rapport-Fenster oder -Prozess geöffnet ({holder}). Schließen Sie sie zuerst dort.</translation>
        </message>
        <message>
            <source>This practice is already open in another Rapport window or process. Close it there first.</source>
            <translation>Diese Praxis ist bereits in einem anderen Rapport-Fenster oder -Prozess geöffnet. Schließen Sie sie zuerst dort.</translation>
        </message>
        <message>
            <source>No practice was found in that folder.</source>
            <translation>In diesem Ordner wurde keine Praxis gefunden.</translation>
        </message>
        <message>
            <source>A practice already exists in that folder.</source>
            <translation>In diesem Ordner gibt es bereits eine Praxis.</translation>
        </message>
        <message>
            <source>The data folder does not exist.</source>
            <translation>Der Datenordner existiert nicht.</translation>
        </message>
        <message>
            <source>The practice is locked.</source>
            <translation>Die Praxis ist gesperrt.</translation>
        </message>
        <message>
            <source>An integrity check failed.</source>
            <translation>Eine Integritätsprüfung ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Updating the practice file to this version of Rapport failed. The file was left as it was, and a backup was made before trying.</source>
            <translation>Die Aktualisierung der Praxisdatei auf diese Rapport-Version ist fehlgeschlagen. Die Datei blieb unverändert; vor dem Versuch wurde eine Sicherung angelegt.</translation>
        </message>
        <message>
            <source>Unlocking with your computer login is not available: no secure system keyring was found.</source>
            <translation>Das Entsperren mit Ihrer Anmeldung am Computer ist nicht verfügbar: Es wurde kein sicherer Schlüsselbund des Systems gefunden.</translation>
        </message>
        <message>
            <source>The disk is full, so the change could not be saved. Nothing that was saved before has been lost. Free some space and try again.</source>
            <translation>Der Datenträger ist voll, daher konnte die Änderung nicht gespeichert werden. Zuvor Gespeichertes ist nicht verloren gegangen. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>That file is not a Rapport backup, or it is damaged.</source>
            <translation>Diese Datei ist keine Rapport-Sicherung oder sie ist beschädigt.</translation>
        </message>
        <message>
            <source>That homework no longer exists.</source>
            <translation>Diese Hausaufgabe existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Say what the client will do.</source>
            <translation>Geben Sie an, was der Klient tun wird.</translation>
        </message>
        <message>
            <source>The due date cannot be before the day it was set.</source>
            <translation>Das Fälligkeitsdatum kann nicht vor dem Tag liegen, an dem die Aufgabe vereinbart wurde.</translation>
        </message>
        <message>
            <source>That note is not one of this client's.</source>
            <translation>Diese Notiz gehört nicht zu diesem Klienten.</translation>
        </message>
        <message>
            <source>Choose how the homework went.</source>
            <translation>Wählen Sie aus, wie die Hausaufgabe gelaufen ist.</translation>
        </message>
        <message>
            <source>The review cannot be before the day the homework was set.</source>
            <translation>Die Besprechung kann nicht vor dem Tag liegen, an dem die Hausaufgabe vereinbart wurde.</translation>
        </message>
        <message>
            <source>An instrument file cannot be used.</source>
            <translation>Eine Fragebogendatei kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>{file}: {where}: {problem}</source>
            <translation>{file}: {where}: {problem}</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>The instruments folder is missing: {folder}</source>
            <translation>Der Fragebogenordner fehlt: {folder}</translation>
        </message>
        <message>
            <source>{folder}: not a folder</source>
            <translation>{folder}: kein Ordner</translation>
        </message>
        <message>
            <source>a shipped instrument</source>
            <translation>einem mitgelieferten Fragebogen</translation>
        </message>
        <message>
            <source>another file</source>
            <translation>einer anderen Datei</translation>
        </message>
        <message>
            <source>'{instrument_id}' is already used by {whose} ({taken}); give this instrument an id of its own</source>
            <translation>'{instrument_id}' wird bereits von {whose} verwendet ({taken}); geben Sie diesem Fragebogen eine eigene ID</translation>
        </message>
        <message>
            <source>the file is too large ({size} bytes)</source>
            <translation>die Datei ist zu groß ({size} Bytes)</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>line {line} column {column}</source>
            <translation>Zeile {line}, Spalte {column}</translation>
        </message>
        <message>
            <source>invalid JSON ({reason})</source>
            <translation>ungültiges JSON ({reason})</translation>
        </message>
        <message>
            <source>the key '{key}' appears twice</source>
            <translation>der Schlüssel '{key}' kommt zweimal vor</translation>
        </message>
        <message>
            <source>'{constant}' is not allowed in JSON</source>
            <translation>'{constant}' ist in JSON nicht erlaubt</translation>
        </message>
        <message>
            <source>must be an object, not {type}</source>
            <translation>muss ein Objekt sein, nicht {type}</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>must be text, not {type}</source>
            <translation>muss Text sein, nicht {type}</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>is longer than {max_len} characters</source>
            <translation>ist länger als {max_len} Zeichen</translation>
        </message>
        <message>
            <source>must be a whole number, not {type}</source>
            <translation>muss eine ganze Zahl sein, nicht {type}</translation>
        </message>
        <message>
            <source>must be a number, not {type}</source>
            <translation>muss eine Zahl sein, nicht {type}</translation>
        </message>
        <message>
            <source>must be true or false, not {type}</source>
            <translation>muss true oder false sein, nicht {type}</translation>
        </message>
        <message>
            <source>must be a list, not {type}</source>
            <translation>muss eine Liste sein, nicht {type}</translation>
        </message>
        <message>
            <source>'{text}' is not one of {choices}</source>
            <translation>'{text}' ist nicht zulässig (erlaubt: {choices})</translation>
        </message>
        <message>
            <source>this Rapport reads format {format}, not {fmt}</source>
            <translation>diese Rapport-Version liest Format {format}, nicht {fmt}</translation>
        </message>
        <message>
            <source>'{instrument_id}' must start with a letter and hold only lower-case letters, digits and _ (at most 40)</source>
            <translation>'{instrument_id}' muss mit einem Buchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und _ enthalten (höchstens 40 Zeichen)</translation>
        </message>
        <message>
            <source>needs a cutoff to say when it is shown</source>
            <translation>braucht einen Cut-off-Wert, der festlegt, wann der Hinweis angezeigt wird</translation>
        </message>
        <message>
            <source>must start with https:// or http://</source>
            <translation>muss mit https:// oder http:// beginnen</translation>
        </message>
        <message>
            <source>a response set's name must be a short word without spaces</source>
            <translation>der Name einer Antwortskala muss ein kurzes Wort ohne Leerzeichen sein</translation>
        </message>
        <message>
            <source>{number} appears twice in this response set</source>
            <translation>{number} kommt in dieser Antwortskala zweimal vor</translation>
        </message>
        <message>
            <source>needs at least two options</source>
            <translation>braucht mindestens zwei Antwortmöglichkeiten</translation>
        </message>
        <message>
            <source>'{item_id}' must be a short word without spaces (at most 40)</source>
            <translation>'{item_id}' muss ein kurzes Wort ohne Leerzeichen sein (höchstens 40 Zeichen)</translation>
        </message>
        <message>
            <source>'{item_id}' is used by an earlier item</source>
            <translation>'{item_id}' wird bereits von einem früheren Item verwendet</translation>
        </message>
        <message>
            <source>an open_text item cannot have one</source>
            <translation>bei einem open_text-Item nicht zulässig</translation>
        </message>
        <message>
            <source>is missing (or set open_text to true)</source>
            <translation>fehlt (oder setzen Sie open_text auf true)</translation>
        </message>
        <message>
            <source>no response set named '{set_name}'</source>
            <translation>keine Antwortskala namens '{set_name}'</translation>
        </message>
        <message>
            <source>{v} is not a value of '{set_name}'</source>
            <translation>{v} ist kein Wert von '{set_name}'</translation>
        </message>
        <message>
            <source>every answer would close the gate</source>
            <translation>jede Antwort würde die Filterfrage schließen</translation>
        </message>
        <message>
            <source>a gate item is not scored, so not reversed</source>
            <translation>eine Filterfrage wird nicht gewertet und daher auch nicht umgepolt</translation>
        </message>
        <message>
            <source>is not used when the method is "none"</source>
            <translation>wird bei der Methode "none" nicht verwendet</translation>
        </message>
        <message>
            <source>a subscale's name must be a short word without spaces</source>
            <translation>der Name einer Subskala muss ein kurzes Wort ohne Leerzeichen sein</translation>
        </message>
        <message>
            <source>'{item_id}' is not one of the scored items</source>
            <translation>'{item_id}' gehört nicht zu den gewerteten Items</translation>
        </message>
        <message>
            <source>only applies when missing.rule is "prorate"</source>
            <translation>gilt nur, wenn missing.rule "prorate" ist</translation>
        </message>
        <message>
            <source>must be from 0 to {highest} (one item must be answered)</source>
            <translation>muss zwischen 0 und {highest} liegen (ein Item muss beantwortet sein)</translation>
        </message>
        <message>
            <source>no item with the id '{item_id}'</source>
            <translation>kein Item mit der ID '{item_id}'</translation>
        </message>
        <message>
            <source>'{item_id}' is an open_text item, which is never scored</source>
            <translation>'{item_id}' ist ein open_text-Item und wird nie gewertet</translation>
        </message>
        <message>
            <source>'{item_id}' is a gate item, which is never scored</source>
            <translation>'{item_id}' ist eine Filterfrage und wird nie gewertet</translation>
        </message>
        <message>
            <source>'{item_id}' is listed twice</source>
            <translation>'{item_id}' ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>only applies when the rule is "prorate"</source>
            <translation>gilt nur, wenn die Regel "prorate" ist</translation>
        </message>
        <message>
            <source>is missing (needed by "prorate")</source>
            <translation>fehlt (für "prorate" erforderlich)</translation>
        </message>
        <message>
            <source>must be from 1 to {highest} (at least one item must be answered)</source>
            <translation>muss zwischen 1 und {highest} liegen (mindestens ein Item muss beantwortet sein)</translation>
        </message>
        <message>
            <source>needs a total (scoring.method "sum")</source>
            <translation>erfordert einen Gesamtwert (scoring.method "sum")</translation>
        </message>
        <message>
            <source>{high} is below min {low}</source>
            <translation>{high} liegt unter min {low}</translation>
        </message>
        <message>
            <source>the first band must start at the lowest total, {lowest}</source>
            <translation>der erste Bereich muss beim niedrigsten Gesamtwert {lowest} beginnen</translation>
        </message>
        <message>
            <source>gap: no band holds {low} to {high}</source>
            <translation>Lücke: kein Bereich umfasst {low} bis {high}</translation>
        </message>
        <message>
            <source>overlap: {low} is already in the band {band_min}–{band_max}</source>
            <translation>Überschneidung: {low} liegt bereits im Bereich {band_min}–{band_max}</translation>
        </message>
        <message>
            <source>the last band must end at the highest total, {highest}</source>
            <translation>der letzte Bereich muss beim höchsten Gesamtwert {highest} enden</translation>
        </message>
        <message>
            <source>two bands have the same label</source>
            <translation>zwei Bereiche haben dieselbe Bezeichnung</translation>
        </message>
        <message>
            <source>give either "score" or both sexes</source>
            <translation>geben Sie entweder "score" oder Werte für beide Geschlechter an</translation>
        </message>
        <message>
            <source>needs "score", or both "female" and "male"</source>
            <translation>erfordert "score" oder sowohl "female" als auch "male"</translation>
        </message>
        <message>
            <source>{score} is outside the possible totals (above {lowest}, up to {highest})</source>
            <translation>{score} liegt außerhalb der möglichen Gesamtwerte (über {lowest}, bis {highest})</translation>
        </message>
        <message>
            <source>give either "threshold" or sd and reliability</source>
            <translation>geben Sie entweder "threshold" oder sd und reliability an</translation>
        </message>
        <message>
            <source>must be above 0 and at most {highest}</source>
            <translation>muss größer als 0 und höchstens {highest} sein</translation>
        </message>
        <message>
            <source>needs "threshold", or both "sd" and "reliability"</source>
            <translation>erfordert "threshold" oder sowohl "sd" als auch "reliability"</translation>
        </message>
        <message>
            <source>must be above 0</source>
            <translation>muss größer als 0 sein</translation>
        </message>
        <message>
            <source>must be from 0 up to (not including) 1</source>
            <translation>muss mindestens 0 und kleiner als 1 sein</translation>
        </message>
        <message>
            <source>'{item_id}' is an open_text item and has no values</source>
            <translation>'{item_id}' ist ein open_text-Item und hat keine Werte</translation>
        </message>
        <message>
            <source>{min_value} is not a value of '{set_name}'</source>
            <translation>{min_value} ist kein Wert von '{set_name}'</translation>
        </message>
        <message>
            <source>every answer would raise the flag</source>
            <translation>jede Antwort würde den Hinweis auslösen</translation>
        </message>
        <message>
            <source>unknown key '{key}' (expected one of: {expected})</source>
            <translation>unbekannter Schlüssel '{key}' (erwartet wird einer von: {expected})</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number with decimals</source>
            <translation>eine Dezimalzahl</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>A risk item was answered above zero. Record that you have seen it, and the safety plan or your rationale, before finishing the intake.</source>
            <translation>Ein Risiko-Item wurde mit mehr als null beantwortet. Dokumentieren Sie, dass Sie dies gesehen haben, sowie den Sicherheitsplan oder Ihre Begründung, bevor Sie die Aufnahme abschließen.</translation>
        </message>
        <message>
            <source>Note briefly why the client is seeking help now.</source>
            <translation>Notieren Sie kurz, warum der Klient gerade jetzt Hilfe sucht.</translation>
        </message>
        <message>
            <source>Record whether trauma exposure was asked about.</source>
            <translation>Dokumentieren Sie, ob nach traumatischen Erfahrungen gefragt wurde.</translation>
        </message>
        <message>
            <source>Each questionnaire can be given once per intake.</source>
            <translation>Jeder Fragebogen kann pro Aufnahme einmal vorgelegt werden.</translation>
        </message>
        <message>
            <source>No answers were entered for {names}: enter them or untick the questionnaire.</source>
            <translation>Für {names} wurden keine Antworten eingegeben: Tragen Sie sie ein oder wählen Sie den Fragebogen ab.</translation>
        </message>
        <message>
            <source>Say who gave the answers to each questionnaire.</source>
            <translation>Geben Sie für jeden Fragebogen an, wer die Antworten gegeben hat.</translation>
        </message>
        <message>
            <source>That intake draft no longer exists.</source>
            <translation>Dieser Aufnahmeentwurf existiert nicht mehr.</translation>
        </message>
        <message>
            <source>UTF-8 (with byte-order mark)</source>
            <translation>UTF-8 (mit Byte-Order-Mark)</translation>
        </message>
        <message>
            <source>UTF-16 (little-endian, no byte-order mark)</source>
            <translation>UTF-16 (Little Endian, ohne Byte-Order-Mark)</translation>
        </message>
        <message>
            <source>UTF-16 (big-endian, no byte-order mark)</source>
            <translation>UTF-16 (Big Endian, ohne Byte-Order-Mark)</translation>
        </message>
        <message>
            <source>Windows Western (cp1252)</source>
            <translation>Windows Westeuropäisch (cp1252)</translation>
        </message>
        <message>
            <source>Windows Central European (cp1250)</source>
            <translation>Windows Mitteleuropäisch (cp1250)</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <source>Semicolon</source>
            <translation>Semikolon</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Vertical bar</source>
            <translation>Senkrechter Strich</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>Semikolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>senkrechter Strich</translation>
        </message>
        <message>
            <source>The clients could not be imported. Nothing was stored.</source>
            <translation>Die Klienten konnten nicht importiert werden. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The import was stopped. Nothing was stored.</source>
            <translation>Der Import wurde abgebrochen. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Line {line} holds characters that are not {encoding}. Choose the file's character set, or save the file again as “CSV UTF-8” and choose it again.</source>
            <translation>Zeile {line} enthält Zeichen, die in {encoding} nicht gültig sind. Wählen Sie den Zeichensatz der Datei, oder speichern Sie die Datei erneut als „CSV UTF-8“ und wählen Sie sie noch einmal aus.</translation>
        </message>
        <message>
            <source>Rapport cannot read the character set “{encoding}”.</source>
            <translation>Rapport kann den Zeichensatz „{encoding}“ nicht lesen.</translation>
        </message>
        <message>
            <source>Line {line} holds a NUL character, which a text (CSV) file never has: this is not a CSV file, or it is not written in {encoding}.</source>
            <translation>Zeile {line} enthält ein NUL-Zeichen, das in einer Textdatei (CSV) nie vorkommt: Dies ist keine CSV-Datei, oder sie ist nicht in {encoding} geschrieben.</translation>
        </message>
        <message>
            <source>The file is larger than {megabytes} MB. Split it into smaller files and import them one after the other.</source>
            <translation>Die Datei ist größer als {megabytes} MB. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>Choose a comma, semicolon, tab or vertical bar as separator.</source>
            <translation>Wählen Sie Komma, Semikolon, Tabulator oder senkrechten Strich als Trennzeichen.</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message>
            <source>Line {line} has 1 field where the header line has {columns}. Every line needs the same number of columns; a value holding the separator ({separator}) must be in double quotes.</source>
            <translation>Zeile {line} hat 1 Feld, die Kopfzeile aber {columns}. Jede Zeile braucht dieselbe Anzahl an Spalten; ein Wert, der das Trennzeichen ({separator}) enthält, muss in doppelten Anführungszeichen stehen.</translation>
        </message>
        <message>
            <source>Line {line} has {fields} fields where the header line has {columns}. Every line needs the same number of columns; a value holding the separator ({separator}) must be in double quotes.</source>
            <translation>Zeile {line} hat {fields} Felder, die Kopfzeile aber {columns}. Jede Zeile braucht dieselbe Anzahl an Spalten; ein Wert, der das Trennzeichen ({separator}) enthält, muss in doppelten Anführungszeichen stehen.</translation>
        </message>
        <message>
            <source>The file has more than {rows} rows. Split it into smaller files and import them one after the other.</source>
            <translation>Die Datei hat mehr als {rows} Zeilen. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
        </message>
        <message>
            <source>The file has a header line but no rows of clients.</source>
            <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen mit Klienten.</translation>
        </message>
        <message>
            <source>Line {line} holds a value longer than {limit} characters (or a quote that is never closed).</source>
            <translation>Zeile {line} enthält einen Wert, der länger als {limit} Zeichen ist (oder ein Anführungszeichen, das nie geschlossen wird).</translation>
        </message>
        <message>
            <source>The quote that opens on line {line} is never closed, so the rest of the file would be read as one value.</source>
            <translation>Das Anführungszeichen, das in Zeile {line} beginnt, wird nie geschlossen, sodass der Rest der Datei als ein einziger Wert gelesen würde.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read: a value in double quotes must be followed by the separator or the end of the line.</source>
            <translation>Zeile {line} kann nicht gelesen werden: Auf einen Wert in doppelten Anführungszeichen muss das Trennzeichen oder das Zeilenende folgen.</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>Elternteil oder Sorgeberechtigte(r)</translation>
        </message>
        <message>
            <source>Guardian's relationship</source>
            <translation>Beziehung des Sorgeberechtigten</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>Telefon des Sorgeberechtigten</translation>
        </message>
        <message>
            <source>Guardian's e-mail</source>
            <translation>E-Mail des Sorgeberechtigten</translation>
        </message>
        <message>
            <source>The file of known client-list formats cannot be used.</source>
            <translation>Die Datei der bekannten Formate für Klientenlisten kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>{where}.{name}: write it as text.</source>
            <translation>{where}.{name}: muss als Text angegeben werden.</translation>
        </message>
        <message>
            <source>{where}: a format is written as an object.</source>
            <translation>{where}: ein Format muss als Objekt angegeben werden.</translation>
        </message>
        <message>
            <source>{where}: unknown field(s) {fields}.</source>
            <translation>{where}: unbekannte(s) Feld(er) {fields}.</translation>
        </message>
        <message>
            <source>{where}.key: “{key}” is not a free key of lowercase letters.</source>
            <translation>{where}.key: „{key}“ ist kein freier Schlüssel aus Kleinbuchstaben.</translation>
        </message>
        <message>
            <source>{where}.sources: list the https addresses that document it.</source>
            <translation>{where}.sources: die https-Adressen angeben, die das Format dokumentieren.</translation>
        </message>
        <message>
            <source>{where}.date_order: day_first, month_first or null.</source>
            <translation>{where}.date_order: day_first, month_first oder null.</translation>
        </message>
        <message>
            <source>{where}.columns: name the file's columns and their fields.</source>
            <translation>{where}.columns: die Spalten der Datei und ihre Felder angeben.</translation>
        </message>
        <message>
            <source>{where}.columns.{name}: “{field}” is not a field of Rapport.</source>
            <translation>{where}.columns.{name}: „{field}“ ist kein Feld von Rapport.</translation>
        </message>
        <message>
            <source>{where}.columns: a column is named twice.</source>
            <translation>{where}.columns: eine Spalte ist doppelt genannt.</translation>
        </message>
        <message>
            <source>{where}.columns: a field that takes one column is named twice.</source>
            <translation>{where}.columns: ein Feld, das nur eine Spalte aufnimmt, ist doppelt genannt.</translation>
        </message>
        <message>
            <source>{where}.values: write it as an object of fields.</source>
            <translation>{where}.values: muss als Objekt aus Feldern angegeben werden.</translation>
        </message>
        <message>
            <source>{where}.values.{field}: not a field of Rapport.</source>
            <translation>{where}.values.{field}: kein Feld von Rapport.</translation>
        </message>
        <message>
            <source>{where}.values.{field}: every value is text.</source>
            <translation>{where}.values.{field}: jeder Wert muss Text sein.</translation>
        </message>
        <message>
            <source>{product}: {file}. {note} Columns documented at: {addresses}</source>
            <translation>{product}: {file}. {note} Spalten dokumentiert unter: {addresses}</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({reason}).</source>
            <translation>{file}: kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{file}: not JSON ({reason}).</source>
            <translation>{file}: kein JSON ({reason}).</translation>
        </message>
        <message>
            <source>{file}: format: {version} is expected.</source>
            <translation>{file}: format: {version} wird erwartet.</translation>
        </message>
        <message>
            <source>{file}: presets: a list of formats is expected.</source>
            <translation>{file}: presets: eine Liste von Formaten wird erwartet.</translation>
        </message>
        <message>
            <source>{file}: two formats have the same key.</source>
            <translation>{file}: zwei Formate haben denselben Schlüssel.</translation>
        </message>
        <message>
            <source>Automatic (usual column names)</source>
            <translation>Automatisch (übliche Spaltennamen)</translation>
        </message>
        <message>
            <source>Columns are matched by their usual names (First name, Surname, DOB, E-mail …).</source>
            <translation>Spalten werden anhand ihrer üblichen Namen zugeordnet (First name, Surname, DOB, E-mail …).</translation>
        </message>
        <message>
            <source>Rapport's full export (csv/clients.csv)</source>
            <translation>Vollständiger Export von Rapport (csv/clients.csv)</translation>
        </message>
        <message>
            <source>The clients table of Rapport's own full export, whose README describes every column. An archived client is refused (only an open record can be imported): ignore the status column to bring everyone in as active.</source>
            <translation>Die Kliententabelle aus dem vollständigen Export von Rapport selbst; deren README beschreibt jede Spalte. Ein archivierter Klient wird abgelehnt (nur eine offene Akte kann importiert werden): Ignorieren Sie die Statusspalte, um alle als aktiv zu übernehmen.</translation>
        </message>
        <message>
            <source>“{value}” is not a date of the calendar.</source>
            <translation>„{value}“ ist kein gültiges Kalenderdatum.</translation>
        </message>
        <message>
            <source>“{value}”: write the year with four digits, so that the century is clear.</source>
            <translation>„{value}“: Schreiben Sie das Jahr vierstellig, damit das Jahrhundert eindeutig ist.</translation>
        </message>
        <message>
            <source>“{value}”: choose whether the file writes the day or the month first.</source>
            <translation>„{value}“: Wählen Sie, ob die Datei den Tag oder den Monat zuerst schreibt.</translation>
        </message>
        <message>
            <source>“{value}” has no month {month}: does the file write the month first?</source>
            <translation>„{value}“ hat keinen Monat {month}: Schreibt die Datei den Monat zuerst?</translation>
        </message>
        <message>
            <source>“{value}” has no month {month}: does the file write the day first?</source>
            <translation>„{value}“ hat keinen Monat {month}: Schreibt die Datei den Tag zuerst?</translation>
        </message>
        <message>
            <source>“{value}” is a spreadsheet's number for a date: format the column as dates (e.g. 1990-05-17) before saving the file.</source>
            <translation>„{value}“ ist die Zahl, unter der eine Tabellenkalkulation ein Datum speichert: Formatieren Sie die Spalte als Datum (z. B. 1990-05-17), bevor Sie die Datei speichern.</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it like {examples}.</source>
            <translation>„{value}“ ist kein Datum. Schreiben Sie es etwa so: {examples}.</translation>
        </message>
        <message>
            <source>“{value}”: “{month}” is not the name of a month in English.</source>
            <translation>„{value}“: „{month}“ ist kein englischer Monatsname.</translation>
        </message>
        <message>
            <source>At most {limit} characters (this one has {length}).</source>
            <translation>Höchstens {limit} Zeichen (dieser Wert hat {length}).</translation>
        </message>
        <message>
            <source>Holds control characters that are not text.</source>
            <translation>Enthält Steuerzeichen, die kein Text sind.</translation>
        </message>
        <message>
            <source>Must be on one line.</source>
            <translation>Muss in einer Zeile stehen.</translation>
        </message>
        <message>
            <source>“{value}”: the sex for screening norms is female, male, or left empty (not recorded).</source>
            <translation>„{value}“: Das Geschlecht für Screening-Normen ist female (weiblich), male (männlich) oder leer (nicht erfasst).</translation>
        </message>
        <message>
            <source>“{value}”: who asked for the therapy is one of self, parent, partner, court, employer, other.</source>
            <translation>„{value}“: Wer die Therapie wünscht, wird mit einem dieser Werte angegeben: self, parent, partner, court, employer, other.</translation>
        </message>
        <message>
            <source>“{value}”: a client is imported as active, paused or discharged. Ignore the status column to import every client as active.</source>
            <translation>„{value}“: Ein Klient wird als active, paused oder discharged (aktiv, pausiert oder abgeschlossen) importiert. Ignorieren Sie die Statusspalte, um alle Klienten als aktiv zu importieren.</translation>
        </message>
        <message>
            <source>An archived client cannot be imported: archive the record in Rapport after the import, or ignore the status column to import every client as active.</source>
            <translation>Ein archivierter Klient kann nicht importiert werden: Archivieren Sie die Akte nach dem Import in Rapport, oder ignorieren Sie die Statusspalte, um alle Klienten als aktiv zu importieren.</translation>
        </message>
        <message>
            <source>Choose the column that goes into “{field}”.</source>
            <translation>Wählen Sie die Spalte, die in „{field}“ übernommen wird.</translation>
        </message>
        <message>
            <source>Only one column can go into “{field}”.</source>
            <translation>Nur eine Spalte kann in „{field}“ übernommen werden.</translation>
        </message>
        <message>
            <source>Unknown field(s): {fields}.</source>
            <translation>Unbekannte(s) Feld(er): {fields}.</translation>
        </message>
        <message>
            <source>The file has fewer columns than the choices made.</source>
            <translation>Die Datei hat weniger Spalten, als Zuordnungen getroffen wurden.</translation>
        </message>
        <message>
            <source>Choose how the file writes dates of birth such as 03/04/2001: day before month, or month before day.</source>
            <translation>Wählen Sie, wie die Datei Geburtsdaten wie 03/04/2001 schreibt: Tag vor Monat oder Monat vor Tag.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>{count} more</source>
            <translation>{count} weitere</translation>
        </message>
        <message>
            <source>{who}: {reasons}</source>
            <translation>{who}: {reasons}</translation>
        </message>
        <message>
            <source>{code} is already another client's code.</source>
            <translation>{code} ist bereits der Code eines anderen Klienten.</translation>
        </message>
        <message>
            <source>{code} is also the code on line {line}.</source>
            <translation>{code} ist auch der Code in Zeile {line}.</translation>
        </message>
        <message>
            <source>line {line} of this file</source>
            <translation>Zeile {line} dieser Datei</translation>
        </message>
        <message>
            <source>1 row of the file cannot be imported, so nothing was imported. Correct them in the file, or ignore their column, and try again.</source>
            <translation>1 Zeile der Datei kann nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie die Angaben in der Datei oder ignorieren Sie die betreffende Spalte, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{rows} rows of the file cannot be imported, so nothing was imported. Correct them in the file, or ignore their column, and try again.</source>
            <translation>{rows} Zeilen der Datei können nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie die Angaben in der Datei oder ignorieren Sie die betreffenden Spalten, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>There is no client left to import.</source>
            <translation>Es ist kein Klient mehr zu importieren.</translation>
        </message>
        <message>
            <source>Line {line}: {problem} Nothing was imported.</source>
            <translation>Zeile {line}: {problem} Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>Der Export wurde abgebrochen. Es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>The export could not be written. No file was left behind.</source>
            <translation>Der Export konnte nicht geschrieben werden. Es ist keine Datei zurückgeblieben.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>The disk is full, so the export could not be written. Nothing was left behind. Free some space, or choose another drive, and try again.</source>
            <translation>Der Datenträger ist voll, daher konnte der Export nicht geschrieben werden. Es ist nichts zurückgeblieben. Geben Sie Speicherplatz frei oder wählen Sie ein anderes Laufwerk, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>it cannot be written</source>
            <translation>nicht beschreibbar</translation>
        </message>
        <message>
            <source>The export could not be written ({reason}). Nothing was left behind.</source>
            <translation>Der Export konnte nicht geschrieben werden ({reason}). Es ist nichts zurückgeblieben.</translation>
        </message>
        <message>
            <source>Choose a passphrase for the export other than the practice's own.</source>
            <translation>Wählen Sie für den Export eine andere Passphrase als die der Praxis.</translation>
        </message>
        <message>
            <source>{path} is a folder; choose a file name.</source>
            <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <source>{name} exists already; choose another name.</source>
            <translation>{name} existiert bereits; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>{path} exists already; choose a new folder name.</source>
            <translation>{path} existiert bereits; wählen Sie einen neuen Ordnernamen.</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Wird gestartet</translation>
        </message>
        <message>
            <source>Charts and consents: client {done} of {total}</source>
            <translation>Verläufe und Einwilligungen: Klient {done} von {total}</translation>
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation>{name} geschrieben</translation>
        </message>
        <message>
            <source>Wrote the README and the manifest</source>
            <translation>README und Manifest geschrieben</translation>
        </message>
        <message>
            <source>This file is not a calendar: an .ics file begins with BEGIN:VCALENDAR. Export your calendar as iCalendar (.ics) and try again.</source>
            <translation>Diese Datei ist kein Kalender: Eine .ics-Datei beginnt mit BEGIN:VCALENDAR. Exportieren Sie Ihren Kalender als iCalendar (.ics) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The calendar file could not be read.</source>
            <translation>Die Kalenderdatei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The calendar file is larger than {megabytes} MB; export a shorter period from your calendar.</source>
            <translation>Die Kalenderdatei ist größer als {megabytes} MB; exportieren Sie einen kürzeren Zeitraum aus Ihrem Kalender.</translation>
        </message>
        <message>
            <source>Line {line} of the calendar file is not UTF-8 text.</source>
            <translation>Zeile {line} der Kalenderdatei ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <source>Line {line} continues a line that does not exist.</source>
            <translation>Zeile {line} setzt eine Zeile fort, die es nicht gibt.</translation>
        </message>
        <message>
            <source>Line {line} comes after the end of the calendar (END:VCALENDAR).</source>
            <translation>Zeile {line} steht nach dem Ende des Kalenders (END:VCALENDAR).</translation>
        </message>
        <message>
            <source>Line {line} is not a valid calendar line.</source>
            <translation>Zeile {line} ist keine gültige Kalenderzeile.</translation>
        </message>
        <message>
            <source>Line {line}: BEGIN does not say what begins.</source>
            <translation>Zeile {line}: BEGIN gibt nicht an, was beginnt.</translation>
        </message>
        <message>
            <source>Line {line}: END:{component} does not close BEGIN:{begun}.</source>
            <translation>Zeile {line}: END:{component} schließt nicht BEGIN:{begun}.</translation>
        </message>
        <message>
            <source>Line {line}: END:{component} closes nothing.</source>
            <translation>Zeile {line}: END:{component} schließt nichts.</translation>
        </message>
        <message>
            <source>The calendar file ends before END:{begun}; it may have been cut short.</source>
            <translation>Die Kalenderdatei endet vor END:{begun}; sie wurde möglicherweise abgeschnitten.</translation>
        </message>
        <message>
            <source>Line {line}: the value of {keyword} cannot be read.</source>
            <translation>Zeile {line}: Der Wert von {keyword} kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Lines {first}–{last}: this {component} cannot be read.</source>
            <translation>Zeilen {first}–{last}: {component} kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Line {line}: this event has {name} more than once.</source>
            <translation>Zeile {line}: Dieses Ereignis enthält {name} mehr als einmal.</translation>
        </message>
        <message>
            <source>Line {line}: this event has no start (DTSTART).</source>
            <translation>Zeile {line}: Dieses Ereignis hat keinen Beginn (DTSTART).</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>shown as free</source>
            <translation>als frei markiert</translation>
        </message>
        <message>
            <source>no UID, so a later import could not recognise it</source>
            <translation>keine UID, daher könnte ein späterer Import es nicht wiedererkennen</translation>
        </message>
        <message>
            <source>its UID is too long</source>
            <translation>seine UID ist zu lang</translation>
        </message>
        <message>
            <source>all-day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <source>its time zone is not known</source>
            <translation>seine Zeitzone ist unbekannt</translation>
        </message>
        <message>
            <source>its end has no time of day</source>
            <translation>sein Ende hat keine Uhrzeit</translation>
        </message>
        <message>
            <source>it ends before it starts</source>
            <translation>es endet, bevor es beginnt</translation>
        </message>
        <message>
            <source>it takes no time</source>
            <translation>es hat keine Dauer</translation>
        </message>
        <message>
            <source>more than a year ahead</source>
            <translation>mehr als ein Jahr in der Zukunft</translation>
        </message>
        <message>
            <source>already over</source>
            <translation>bereits vorbei</translation>
        </message>
        <message>
            <source>it repeats more often than every hour</source>
            <translation>es wiederholt sich öfter als stündlich</translation>
        </message>
        <message>
            <source>Line {line}: the repeat rule (RRULE) cannot be used.</source>
            <translation>Zeile {line}: Die Wiederholungsregel (RRULE) kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>it repeats too often to follow</source>
            <translation>es wiederholt sich zu oft, um alle Termine zu erfassen</translation>
        </message>
        <message>
            <source>more than {count} times within a year</source>
            <translation>mehr als {count} Termine innerhalb eines Jahres</translation>
        </message>
        <message>
            <source>more than {count} times</source>
            <translation>mehr als {count} Termine</translation>
        </message>
        <message>
            <source>no time left within the coming year</source>
            <translation>kein Termin mehr innerhalb des kommenden Jahres</translation>
        </message>
        <message>
            <source>no time left before a year from now</source>
            <translation>kein Termin vor Ablauf eines Jahres ab heute</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>Zeile {line}: {reason}</translation>
        </message>
        <message>
            <source>line {line}: another event has the same UID</source>
            <translation>Zeile {line}: ein anderes Ereignis hat dieselbe UID</translation>
        </message>
        <message>
            <source>two</source>
            <translation>zwei</translation>
        </message>
        <message>
            <source>three</source>
            <translation>drei</translation>
        </message>
        <message>
            <source>four</source>
            <translation>vier</translation>
        </message>
        <message>
            <source>five</source>
            <translation>fünf</translation>
        </message>
        <message>
            <source>an all-day event (an appointment needs a time)</source>
            <translation>ein ganztägiges Ereignis (ein Termin braucht eine Uhrzeit)</translation>
        </message>
        <message>
            <source>more than a year ahead: book it in Rapport nearer the time</source>
            <translation>mehr als ein Jahr in der Zukunft: tragen Sie den Termin später in Rapport ein</translation>
        </message>
        <message>
            <source>The appointments could not be imported. Nothing was stored.</source>
            <translation>Die Termine konnten nicht importiert werden. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>{reason} ({times} times)</source>
            <translation>{reason} ({times}-mal)</translation>
        </message>
        <message>
            <source>no client code is in the title</source>
            <translation>kein Klientencode im Titel</translation>
        </message>
        <message>
            <source>no client's code or full name is in the title</source>
            <translation>weder Code noch vollständiger Name eines Klienten im Titel</translation>
        </message>
        <message>
            <source>{count} clients are called this ({codes}): put the client code in the event's title</source>
            <translation>{count} Klienten heißen so ({codes}): Setzen Sie den Klientencode in den Titel des Ereignisses</translation>
        </message>
        <message>
            <source>The default service no longer exists.</source>
            <translation>Die Standard-Leistung gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>The default service is no longer offered.</source>
            <translation>Die Standard-Leistung wird nicht mehr angeboten.</translation>
        </message>
        <message>
            <source>overlaps busy time on {when}</source>
            <translation>überschneidet sich am {when} mit einer belegten Zeit</translation>
        </message>
        <message>
            <source>overlaps {service} ({code}) on {when}</source>
            <translation>überschneidet sich am {when} mit {service} ({code})</translation>
        </message>
        <message>
            <source>longer than {hours} hours</source>
            <translation>länger als {hours} Stunden</translation>
        </message>
        <message>
            <source>shorter than {minutes} minutes</source>
            <translation>kürzer als {minutes} Minuten</translation>
        </message>
        <message>
            <source>client {code} is archived: restore the record first</source>
            <translation>Klient {code} ist archiviert: Stellen Sie die Akte zuerst wieder her</translation>
        </message>
        <message>
            <source>no service is named in the title, and no default service was chosen</source>
            <translation>im Titel ist keine Leistung genannt, und es wurde keine Standard-Leistung gewählt</translation>
        </message>
        <message>
            <source>another event of the file has the same UID</source>
            <translation>ein anderes Ereignis der Datei hat dieselbe UID</translation>
        </message>
        <message>
            <source>its times from {day} on are more than a year ahead</source>
            <translation>seine Termine ab {day} liegen mehr als ein Jahr in der Zukunft</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>bereits importiert</translation>
        </message>
        <message>
            <source>overlaps the appointment of line {line} ({codes}) on {when}</source>
            <translation>überschneidet sich am {when} mit dem Termin aus Zeile {line} ({codes})</translation>
        </message>
        <message>
            <source>Line {line}: client {code} no longer exists. Nothing was imported.</source>
            <translation>Zeile {line}: Klient {code} existiert nicht mehr. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Line {line}: client {code} is archived. Nothing was imported.</source>
            <translation>Zeile {line}: Klient {code} ist archiviert. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Line {line}: the service {service} is no longer offered. Nothing was imported.</source>
            <translation>Zeile {line}: Die Leistung {service} wird nicht mehr angeboten. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Line {line}: the appointment on {when} {conflict}. Nothing was imported; check the file again.</source>
            <translation>Zeile {line}: Der Termin am {when} {conflict}. Es wurde nichts importiert; prüfen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>There is no appointment to import. Nothing was stored.</source>
            <translation>Es gibt keinen Termin zum Importieren. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Line {line}: this event has been imported meanwhile. Nothing was imported; check the file again.</source>
            <translation>Zeile {line}: Dieses Ereignis wurde inzwischen importiert. Es wurde nichts importiert; prüfen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>The client themself</source>
            <translation>Der Klient selbst</translation>
        </message>
        <message>
            <source>A parent or guardian</source>
            <translation>Ein Elternteil oder Sorgeberechtigte(r)</translation>
        </message>
        <message>
            <source>A partner</source>
            <translation>Ein Partner</translation>
        </message>
        <message>
            <source>A court (mandated)</source>
            <translation>Ein Gericht (Auflage)</translation>
        </message>
        <message>
            <source>An employer (mandated)</source>
            <translation>Ein Arbeitgeber (Auflage)</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Jemand anderes</translation>
        </message>
        <message>
            <source>Self</source>
            <translation>Selbst</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Elternteil</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Gericht</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbeitgeber</translation>
        </message>
        <message>
            <source>Standard fee</source>
            <translation>Standardhonorar</translation>
        </message>
        <message>
            <source>Client, on the laptop</source>
            <translation>Klient, am Laptop</translation>
        </message>
        <message>
            <source>Client, on paper</source>
            <translation>Klient, auf Papier</translation>
        </message>
        <message>
            <source>Clinician, asked aloud</source>
            <translation>Behandler, mündlich erfragt</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Revised</source>
            <translation>Überarbeitet</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <source>Legal first name</source>
            <translation>Amtlicher Vorname</translation>
        </message>
        <message>
            <source>Legal last name</source>
            <translation>Amtlicher Nachname</translation>
        </message>
        <message>
            <source>Emergency contact's phone</source>
            <translation>Telefon des Notfallkontakts</translation>
        </message>
        <message>
            <source>Emergency contact's relationship</source>
            <translation>Beziehung des Notfallkontakts</translation>
        </message>
        <message>
            <source>Referral source</source>
            <translation>Zugangsweg</translation>
        </message>
        <message>
            <source>Therapy asked for by</source>
            <translation>Therapie gewünscht von</translation>
        </message>
        <message>
            <source>Fee arrangement</source>
            <translation>Honorarvereinbarung</translation>
        </message>
        <message>
            <source>Sliding-scale fee</source>
            <translation>Einkommensabhängiges Honorar</translation>
        </message>
        <message>
            <source>Parents and guardians</source>
            <translation>Eltern und Sorgeberechtigte</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Aufbewahrt bis</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Wiederhergestellt</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Verknüpft</translation>
        </message>
        <message>
            <source>Copy made</source>
            <translation>Kopie erstellt</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geöffnet</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Weiblich</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Männlich</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Abgeklärt</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Überwiesen</translation>
        </message>
        <message>
            <source>Ruled out</source>
            <translation>Ausgeschlossen</translation>
        </message>
        <message>
            <source>That follow-up item no longer exists.</source>
            <translation>Diesen Punkt zur Nachverfolgung gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Say who gave the answers.</source>
            <translation>Geben Sie an, wer die Antworten gegeben hat.</translation>
        </message>
        <message>
            <source>Say whether it was before or after the session.</source>
            <translation>Geben Sie an, ob es vor oder nach der Sitzung war.</translation>
        </message>
        <message>
            <source>Choose assessed, referred or ruled out.</source>
            <translation>Wählen Sie „Abgeklärt“, „Überwiesen“ oder „Ausgeschlossen“.</translation>
        </message>
        <message>
            <source>Write what was done (a sentence is enough).</source>
            <translation>Beschreiben Sie, was getan wurde (ein Satz genügt).</translation>
        </message>
        <message>
            <source>Enter an amount such as 85.</source>
            <translation>Geben Sie einen Betrag wie 85 ein.</translation>
        </message>
        <message>
            <source>Enter an amount such as 85 or 85.50.</source>
            <translation>Geben Sie einen Betrag wie 85 oder 85,50 ein.</translation>
        </message>
        <message>
            <source>Use whole amounts, without a decimal point.</source>
            <translation>Verwenden Sie ganze Beträge ohne Nachkommastellen.</translation>
        </message>
        <message>
            <source>Use at most {digits} digits after the decimal point.</source>
            <translation>Verwenden Sie höchstens {digits} Nachkommastellen.</translation>
        </message>
        <message>
            <source>Enter an amount such as {example}.</source>
            <translation>Geben Sie einen Betrag wie {example} ein.</translation>
        </message>
        <message>
            <source>This note is signed and can no longer be changed. Add an addendum instead.</source>
            <translation>Diese Notiz ist signiert und kann nicht mehr geändert werden. Fügen Sie stattdessen einen Nachtrag hinzu.</translation>
        </message>
        <message>
            <source>This note was changed elsewhere since it was opened. Reopen it to see the latest text.</source>
            <translation>Diese Notiz wurde seit dem Öffnen an anderer Stelle geändert. Öffnen Sie sie erneut, um den aktuellen Text zu sehen.</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>Diese Notiz gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>That note template no longer exists.</source>
            <translation>Diese Notizvorlage gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>A template needs at least one section.</source>
            <translation>Eine Vorlage braucht mindestens einen Abschnitt.</translation>
        </message>
        <message>
            <source>A template has at most {count} sections.</source>
            <translation>Eine Vorlage hat höchstens {count} Abschnitte.</translation>
        </message>
        <message>
            <source>Section {number} needs a title.</source>
            <translation>Abschnitt {number} braucht einen Titel.</translation>
        </message>
        <message>
            <source>Choose a progress note or a psychotherapy note.</source>
            <translation>Wählen Sie eine Verlaufsnotiz oder eine Psychotherapienotiz.</translation>
        </message>
        <message>
            <source>Another template already has that name.</source>
            <translation>Eine andere Vorlage trägt bereits diesen Namen.</translation>
        </message>
        <message>
            <source>That template is archived: choose another one.</source>
            <translation>Diese Vorlage ist archiviert: Wählen Sie eine andere.</translation>
        </message>
        <message>
            <source>That appointment is not with this client.</source>
            <translation>Dieser Termin gehört nicht zu diesem Klienten.</translation>
        </message>
        <message>
            <source>Each section needs a key of its own.</source>
            <translation>Jeder Abschnitt braucht einen eigenen Schlüssel.</translation>
        </message>
        <message>
            <source>'{title}' is longer than {count} characters.</source>
            <translation>„{title}“ ist länger als {count} Zeichen.</translation>
        </message>
        <message>
            <source>The note has too many sections.</source>
            <translation>Die Notiz hat zu viele Abschnitte.</translation>
        </message>
        <message>
            <source>Not a goal of this client: {goal}.</source>
            <translation>Kein Ziel dieses Klienten: {goal}.</translation>
        </message>
        <message>
            <source>The note is empty: write something before signing it.</source>
            <translation>Die Notiz ist leer: Schreiben Sie etwas, bevor Sie sie signieren.</translation>
        </message>
        <message>
            <source>Say who signs the note.</source>
            <translation>Geben Sie an, wer die Notiz signiert.</translation>
        </message>
        <message>
            <source>Addenda are added to signed notes; edit the draft instead.</source>
            <translation>Nachträge gibt es nur zu signierten Notizen; bearbeiten Sie stattdessen den Entwurf.</translation>
        </message>
        <message>
            <source>Write the addendum.</source>
            <translation>Schreiben Sie den Nachtrag.</translation>
        </message>
        <message>
            <source>Say who signs the addendum.</source>
            <translation>Geben Sie an, wer den Nachtrag signiert.</translation>
        </message>
        <message>
            <source>No reliable improvement</source>
            <translation>Keine reliable Verbesserung</translation>
        </message>
        <message>
            <source>Low session rating</source>
            <translation>Niedrige Sitzungsbewertung</translation>
        </message>
        <message>
            <source>Missed sessions</source>
            <translation>Versäumte Sitzungen</translation>
        </message>
        <message>
            <source>Open follow-up item</source>
            <translation>Offener Punkt zur Nachverfolgung</translation>
        </message>
        <message>
            <source>no-show on {day}</source>
            <translation>nicht erschienen am {day}</translation>
        </message>
        <message>
            <source>late cancellation on {day}</source>
            <translation>kurzfristige Absage am {day}</translation>
        </message>
        <message>
            <source>That session no longer exists.</source>
            <translation>Diese Sitzung gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>That client was not in this session.</source>
            <translation>Dieser Klient hat an dieser Sitzung nicht teilgenommen.</translation>
        </message>
        <message>
            <source>The {name} has no total.</source>
            <translation>{name} hat keinen Gesamtwert.</translation>
        </message>
        <message>
            <source>Record your guess before seeing the client's rating.</source>
            <translation>Halten Sie Ihre Einschätzung fest, bevor Sie die Bewertung des Klienten sehen.</translation>
        </message>
        <message>
            <source>Choose a total from {low} to {high}.</source>
            <translation>Wählen Sie einen Gesamtwert von {low} bis {high}.</translation>
        </message>
        <message>
            <source>Enter a number.</source>
            <translation>Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>Geben Sie eine ganze Zahl ein.</translation>
        </message>
        <message>
            <source>Choose between {low} and {high}.</source>
            <translation>Wählen Sie einen Wert zwischen {low} und {high}.</translation>
        </message>
        <message>
            <source>Choose which signal to set aside.</source>
            <translation>Wählen Sie, welchen Hinweis Sie zurückstellen möchten.</translation>
        </message>
        <message>
            <source>Say why this can wait (a sentence is enough).</source>
            <translation>Geben Sie an, warum dies warten kann (ein Satz genügt).</translation>
        </message>
        <message>
            <source>Choose a day after today.</source>
            <translation>Wählen Sie ein Datum nach dem heutigen Tag.</translation>
        </message>
        <message>
            <source>Choose a day at most {days} days ahead.</source>
            <translation>Wählen Sie ein Datum höchstens {days} Tage im Voraus.</translation>
        </message>
        <message>
            <source>Reliable deterioration on the {name}: {first} → {last} on {day} (a change of {threshold} or more is reliable).</source>
            <translation>Reliable Verschlechterung im {name}: {first} → {last} am {day} (eine Veränderung ab {threshold} ist reliabel).</translation>
        </message>
        <message>
            <source>No reliable improvement on the {name} after {sessions} sessions ({first} → {last}).</source>
            <translation>Keine reliable Verbesserung im {name} nach {sessions} Sitzungen ({first} → {last}).</translation>
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; its risk follow-up is still open ({count} such answers).</source>
            <translation>Risikoantwort im {name} am {day}; die Nachverfolgung des Risikos ist noch offen ({count} solche Antworten).</translation>
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; its risk follow-up is still open.</source>
            <translation>Risikoantwort im {name} am {day}; die Nachverfolgung des Risikos ist noch offen.</translation>
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; within the last {days} days ({count} such answers).</source>
            <translation>Risikoantwort im {name} am {day}; innerhalb der letzten {days} Tage ({count} solche Antworten).</translation>
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; within the last {days} days.</source>
            <translation>Risikoantwort im {name} am {day}; innerhalb der letzten {days} Tage.</translation>
        </message>
        <message>
            <source>The last {name} was {total} on {day} (below {limit}).</source>
            <translation>Letzter {name}-Wert: {total} am {day} (unter {limit}).</translation>
        </message>
        <message>
            <source>The {name} fell from {before} to {after} on {day}.</source>
            <translation>Der {name}-Wert fiel am {day} von {before} auf {after}.</translation>
        </message>
        <message>
            <source>The last {count} homework tasks were not done (last reviewed {day}).</source>
            <translation>Die letzten {count} Hausaufgaben wurden nicht erledigt (zuletzt besprochen am {day}).</translation>
        </message>
        <message>
            <source>The last {count} homework tasks were not done.</source>
            <translation>Die letzten {count} Hausaufgaben wurden nicht erledigt.</translation>
        </message>
        <message>
            <source>{missed} of the last {count} appointments were missed or cancelled late ({which}).</source>
            <translation>{missed} der letzten {count} Termine wurden versäumt oder kurzfristig abgesagt ({which}).</translation>
        </message>
        <message>
            <source>No signed consent; last session on {day}.</source>
            <translation>Keine unterschriebene Einwilligung; letzte Sitzung am {day}.</translation>
        </message>
        <message>
            <source>The consent was signed on an older version; last session on {day}.</source>
            <translation>Die Einwilligung wurde in einer älteren Version unterschrieben; letzte Sitzung am {day}.</translation>
        </message>
        <message>
            <source>The consent was revoked; last session on {day}.</source>
            <translation>Die Einwilligung wurde widerrufen; letzte Sitzung am {day}.</translation>
        </message>
        <message>
            <source>“{title}” has been open since {day} ({count} sessions since).</source>
            <translation>„{title}“ ist seit {day} offen (seitdem {count} Sitzungen).</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
        </message>
        <message>
            <source>Enter the practice's name.</source>
            <translation>Geben Sie den Namen der Praxis ein.</translation>
        </message>
        <message>
            <source>Enter the clinician's name.</source>
            <translation>Geben Sie den Namen des Behandlers ein.</translation>
        </message>
        <message>
            <source>Choose a time zone from the list.</source>
            <translation>Wählen Sie eine Zeitzone aus der Liste.</translation>
        </message>
        <message>
            <source>Choose between 1 and 60 minutes.</source>
            <translation>Wählen Sie einen Wert zwischen 1 und 60 Minuten.</translation>
        </message>
        <message>
            <source>Choose between 1 and 50 years.</source>
            <translation>Wählen Sie einen Wert zwischen 1 und 50 Jahren.</translation>
        </message>
        <message>
            <source>Choose between 0 and 30 years.</source>
            <translation>Wählen Sie einen Wert zwischen 0 und 30 Jahren.</translation>
        </message>
        <message>
            <source>Choose an age between 14 and 21.</source>
            <translation>Wählen Sie ein Alter zwischen 14 und 21 Jahren.</translation>
        </message>
        <message>
            <source>Choose between {low} and {high} hours.</source>
            <translation>Wählen Sie einen Wert zwischen {low} und {high} Stunden.</translation>
        </message>
        <message>
            <source>Enter the currency symbol, such as $ or €.</source>
            <translation>Geben Sie das Währungssymbol ein, z. B. € oder $.</translation>
        </message>
        <message>
            <source>At most {limit} characters, on one line, without braces.</source>
            <translation>Höchstens {limit} Zeichen, in einer Zeile, ohne geschweifte Klammern.</translation>
        </message>
        <message>
            <source>Free consultation booked</source>
            <translation>Erstgespräch vereinbart</translation>
        </message>
        <message>
            <source>Became a client</source>
            <translation>Zum Klienten geworden</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Not the right fit</source>
            <translation>Passte nicht</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Referred elsewhere</source>
            <translation>Anderweitig vermittelt</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Rückmeldung</translation>
        </message>
        <message>
            <source>That change of status is not possible.</source>
            <translation>Dieser Statuswechsel ist nicht möglich.</translation>
        </message>
        <message>
            <source>Enter the name of the person who enquired.</source>
            <translation>Geben Sie den Namen der anfragenden Person ein.</translation>
        </message>
        <message>
            <source>Enter a phone number or an e-mail address to reach them.</source>
            <translation>Geben Sie eine Telefonnummer oder E-Mail-Adresse ein, unter der die Person erreichbar ist.</translation>
        </message>
        <message>
            <source>Choose who is asking for the therapy.</source>
            <translation>Wählen Sie, wer die Therapie wünscht.</translation>
        </message>
        <message>
            <source>Use “Convert to client” to make this person a client.</source>
            <translation>Verwenden Sie „In Klienten umwandeln“, um diese Person als Klienten aufzunehmen.</translation>
        </message>
        <message>
            <source>An enquiry that is “{old}” cannot become “{new}”.</source>
            <translation>Eine Anfrage mit dem Status „{old}“ kann nicht zu „{new}“ wechseln.</translation>
        </message>
        <message>
            <source>Choose why they did not proceed.</source>
            <translation>Wählen Sie, warum es nicht zu einer Therapie kam.</translation>
        </message>
        <message>
            <source>This enquiry has already become a client.</source>
            <translation>Diese Anfrage ist bereits zum Klienten geworden.</translation>
        </message>
        <message>
            <source>What might be good about things staying as they are? What does the problem protect you from, or make possible?</source>
            <translation>Was könnte gut daran sein, wenn alles so bleibt, wie es ist? Wovor schützt Sie das Problem, oder was ermöglicht es Ihnen?</translation>
        </message>
        <message>
            <source>If things changed, what would it cost you? What might you lose, or have to face, or have to do?</source>
            <translation>Wenn sich etwas ändern würde, was würde es Sie kosten? Was könnten Sie verlieren, womit müssten Sie sich auseinandersetzen oder was müssten Sie tun?</translation>
        </message>
        <message>
            <source>Who else would notice if you changed, and how might they react?</source>
            <translation>Wer würde es außerdem bemerken, wenn Sie sich verändern, und wie könnte diese Person reagieren?</translation>
        </message>
        <message>
            <source>From 0 to 10, how important is this change to you right now? What makes it that number, and not a lower one?</source>
            <translation>Wie wichtig ist Ihnen diese Veränderung gerade, auf einer Skala von 0 bis 10? Was macht es zu genau dieser Zahl und nicht zu einer niedrigeren?</translation>
        </message>
        <message>
            <source>What would need to be different in our work together for it to help more — the goals, the pace, the methods, the homework, or something between us?</source>
            <translation>Was müsste in unserer Zusammenarbeit anders sein, damit sie Ihnen mehr hilft – die Ziele, das Tempo, die Methoden, die Hausaufgaben oder etwas zwischen uns?</translation>
        </message>
        <message>
            <source>Signed on version {version}.</source>
            <translation>Unterschrieben in Version {version}.</translation>
        </message>
        <message>
            <source>Signed on paper (version {version}).</source>
            <translation>Auf Papier unterschrieben (Version {version}).</translation>
        </message>
        <message>
            <source>Signed on version {version}; the form is now at version {current}: the agreement may no longer match how you work.</source>
            <translation>Unterschrieben in Version {version}; das Formular liegt inzwischen in Version {current} vor: Die Vereinbarung entspricht möglicherweise nicht mehr Ihrer Arbeitsweise.</translation>
        </message>
        <message>
            <source>No signed consent: goals, fees, homework and surveys were never agreed in writing.</source>
            <translation>Keine unterschriebene Einwilligung: Ziele, Honorare, Hausaufgaben und Fragebögen wurden nie schriftlich vereinbart.</translation>
        </message>
        <message>
            <source>Informed consent</source>
            <translation>Informierte Einwilligung</translation>
        </message>
        <message>
            <source>Still open: {title}</source>
            <translation>Noch offen: {title}</translation>
        </message>
        <message>
            <source>No positive screen or risk answer was recorded.</source>
            <translation>Es wurde kein positives Screening und keine Risikoantwort erfasst.</translation>
        </message>
        <message>
            <source>The follow-up item from the screens was dealt with.</source>
            <translation>Der Punkt zur Nachverfolgung aus den Screenings wurde erledigt.</translation>
        </message>
        <message>
            <source>All {count} follow-up items from the screens were dealt with.</source>
            <translation>Alle {count} Punkte zur Nachverfolgung aus den Screenings wurden erledigt.</translation>
        </message>
        <message>
            <source>Screens and follow-up items</source>
            <translation>Screenings und Punkte zur Nachverfolgung</translation>
        </message>
        <message>
            <source>no reliable change</source>
            <translation>keine reliable Veränderung</translation>
        </message>
        <message>
            <source>only one score so far</source>
            <translation>bisher nur ein Wert</translation>
        </message>
        <message>
            <source>{name}: {first} → {last}, {change}, recovered ({sessions} sessions).</source>
            <translation>{name}: {first} → {last}, {change}, remittiert ({sessions} Sitzungen).</translation>
        </message>
        <message>
            <source>{name}: {first} → {last}, {change} ({sessions} sessions).</source>
            <translation>{name}: {first} → {last}, {change} ({sessions} Sitzungen).</translation>
        </message>
        <message>
            <source>No outcome measure has been given more than once.</source>
            <translation>Kein Ergebnismaß wurde mehr als einmal erhoben.</translation>
        </message>
        <message>
            <source>Outcome trend</source>
            <translation>Ergebnisverlauf</translation>
        </message>
        <message>
            <source>How the client rates the sessions</source>
            <translation>Wie der Klient die Sitzungen bewertet</translation>
        </message>
        <message>
            <source>No session evaluation yet: the client's view of the work is unknown.</source>
            <translation>Noch keine Sitzungsbewertung: Die Sicht des Klienten auf die Zusammenarbeit ist unbekannt.</translation>
        </message>
        <message>
            <source>Latest {latest} of {top}; average {average} over {sessions} sessions; {below} below the top.</source>
            <translation>Zuletzt {latest} von {top}; Durchschnitt {average} über {sessions} Sitzungen; {below} unter dem Höchstwert.</translation>
        </message>
        <message>
            <source>Your guesses were {points} points higher than the client's ratings on average ({sessions} sessions).</source>
            <translation>Ihre Einschätzungen lagen im Durchschnitt {points} Punkte über den Bewertungen des Klienten ({sessions} Sitzungen).</translation>
        </message>
        <message>
            <source>Your guesses were {points} points lower than the client's ratings on average ({sessions} sessions).</source>
            <translation>Ihre Einschätzungen lagen im Durchschnitt {points} Punkte unter den Bewertungen des Klienten ({sessions} Sitzungen).</translation>
        </message>
        <message>
            <source>Homework</source>
            <translation>Hausaufgaben</translation>
        </message>
        <message>
            <source>No homework has been reviewed yet.</source>
            <translation>Es wurden noch keine Hausaufgaben besprochen.</translation>
        </message>
        <message>
            <source>{what}: done</source>
            <translation>{what}: erledigt</translation>
        </message>
        <message>
            <source>{what}: partly</source>
            <translation>{what}: teilweise</translation>
        </message>
        <message>
            <source>{what}: not done</source>
            <translation>{what}: nicht erledigt</translation>
        </message>
        <message>
            <source>{what}: —</source>
            <translation>{what}: —</translation>
        </message>
        <message>
            <source>Completion {rate} of the homework reviewed.</source>
            <translation>Erledigt: {rate} der besprochenen Hausaufgaben.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Teilnahme</translation>
        </message>
        <message>
            <source>No past appointment yet.</source>
            <translation>Noch kein zurückliegender Termin.</translation>
        </message>
        <message>
            <source>{attended} of the last {count} appointments attended or cancelled in good time; {missed} missed or cancelled late.</source>
            <translation>{attended} der letzten {count} Termine wahrgenommen oder rechtzeitig abgesagt; {missed} versäumt oder kurzfristig abgesagt.</translation>
        </message>
        <message>
            <source>Unknown prompt: {keys}.</source>
            <translation>Unbekannte Frage: {keys}.</translation>
        </message>
        <message>
            <source>Write at least one answer, or tick what you reviewed.</source>
            <translation>Schreiben Sie mindestens eine Antwort, oder kreuzen Sie an, was Sie besprochen haben.</translation>
        </message>
        <message>
            <source>That worksheet no longer exists.</source>
            <translation>Dieses Arbeitsblatt gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>{instrument}: '{item_id}' is a free-text item and takes no number</source>
            <translation>{instrument}: '{item_id}' ist ein Freitext-Item und nimmt keine Zahl an</translation>
        </message>
        <message>
            <source>{instrument}: there is no item '{item_id}'</source>
            <translation>{instrument}: es gibt kein Item '{item_id}'</translation>
        </message>
        <message>
            <source>{instrument}: {value} is not an answer to item '{item_id}'</source>
            <translation>{instrument}: {value} ist keine Antwort auf Item '{item_id}'</translation>
        </message>
        <message>
            <source>Before the session</source>
            <translation>Vor der Sitzung</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Nach der Sitzung</translation>
        </message>
        <message>
            <source>There is no questionnaire called “{name}”.</source>
            <translation>Es gibt keinen Fragebogen namens „{name}“.</translation>
        </message>
        <message>
            <source>The {name} is in the list twice.</source>
            <translation>{name} steht zweimal in der Liste.</translation>
        </message>
        <message>
            <source>Choose every 1 to {count} sessions.</source>
            <translation>Wählen Sie ein Intervall von 1 bis {count} Sitzungen.</translation>
        </message>
        <message>
            <source>That client is not in this session.</source>
            <translation>Dieser Klient nimmt nicht an dieser Sitzung teil.</translation>
        </message>
        <message>
            <source>Say whether it is before or after the session.</source>
            <translation>Geben Sie an, ob es vor oder nach der Sitzung ist.</translation>
        </message>
        <message>
            <source>Enter at least one answer.</source>
            <translation>Geben Sie mindestens eine Antwort ein.</translation>
        </message>
        <message>
            <source>Choose a PIN of 4 to 8 digits.</source>
            <translation>Wählen Sie eine PIN mit 4 bis 8 Ziffern.</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>Die beiden PINs stimmen nicht überein.</translation>
        </message>
        <message>
            <source>That part of the treatment plan no longer exists.</source>
            <translation>Dieser Teil des Behandlungsplans existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That treatment goal no longer exists.</source>
            <translation>Dieses Behandlungsziel gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Write what it is.</source>
            <translation>Beschreiben Sie, worum es geht.</translation>
        </message>
        <message>
            <source>The copy of the practice did not read back whole, so no backup was made (the earlier backups stay). Check the disk it was written to, or choose another place.</source>
            <translation>Die Kopie der Praxis ließ sich nicht vollständig zurücklesen, daher wurde keine Sicherung erstellt (die früheren Sicherungen bleiben erhalten). Prüfen Sie das Laufwerk, auf das geschrieben wurde, oder wählen Sie einen anderen Speicherort.</translation>
        </message>
        <message>
            <source>The disk is full, so the backup could not be made. The practice and the earlier backups are untouched. Free some space and try again.</source>
            <translation>Der Datenträger ist voll, daher konnte die Sicherung nicht erstellt werden. Die Praxis und die früheren Sicherungen sind unverändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{name} was not found.</source>
            <translation>{name} wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>{name} is not a Rapport backup, or it is damaged.</source>
            <translation>{name} ist keine Rapport-Sicherung oder ist beschädigt.</translation>
        </message>
        <message>
            <source>{name} is not a Rapport backup.</source>
            <translation>{name} ist keine Rapport-Sicherung.</translation>
        </message>
        <message>
            <source>{name} is damaged: its description cannot be read.</source>
            <translation>{name} ist beschädigt: Die Beschreibung darin kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Rapport; update first.</source>
            <translation>{name} wurde mit einer neueren Version von Rapport erstellt; aktualisieren Sie Rapport zuerst.</translation>
        </message>
        <message>
            <source>{name} is damaged: its key file differs from when the backup was made.</source>
            <translation>{name} ist beschädigt: Die Schlüsseldatei darin weicht vom Stand beim Erstellen der Sicherung ab.</translation>
        </message>
        <message>
            <source>{name} is damaged: its key file belongs to another practice.</source>
            <translation>{name} ist beschädigt: Die Schlüsseldatei darin gehört zu einer anderen Praxis.</translation>
        </message>
        <message>
            <source>That recovery code does not open this backup.</source>
            <translation>Dieser Wiederherstellungscode öffnet diese Sicherung nicht.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup.</source>
            <translation>Diese Passphrase öffnet diese Sicherung nicht.</translation>
        </message>
        <message>
            <source>{name} is damaged: its data does not read back.</source>
            <translation>{name} ist beschädigt: Die Daten darin lassen sich nicht zurücklesen.</translation>
        </message>
        <message>
            <source>{name} is damaged: its data differs from when it was made.</source>
            <translation>{name} ist beschädigt: Die Daten darin weichen vom Stand beim Erstellen der Sicherung ab.</translation>
        </message>
        <message>
            <source>{name} is damaged: {problems}</source>
            <translation>{name} ist beschädigt: {problems}</translation>
        </message>
        <message>
            <source>The passphrase must have at least {minimum} characters (it has {length}).</source>
            <translation>Die Passphrase muss mindestens {minimum} Zeichen haben (sie hat {length}).</translation>
        </message>
        <message>
            <source>The passphrase cannot be only spaces.</source>
            <translation>Die Passphrase darf nicht nur aus Leerzeichen bestehen.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>A recovery code has {count} letters and digits (in groups of four).</source>
            <translation>Ein Wiederherstellungscode besteht aus {count} Buchstaben und Ziffern (in Vierergruppen).</translation>
        </message>
        <message>
            <source>The system keyring refused to store the key. Device unlock was not turned on.</source>
            <translation>Der Schlüsselbund des Systems hat das Speichern des Schlüssels verweigert. Das Entsperren mit Ihrer Anmeldung am Computer wurde nicht eingeschaltet.</translation>
        </message>
        <message>
            <source>The file does not open with the practice's key.</source>
            <translation>Die Datei lässt sich mit dem Schlüssel der Praxis nicht öffnen.</translation>
        </message>
        <message>
            <source>The practice's key file is missing or damaged, and so is its backup copy. Restore both files from a backup.</source>
            <translation>Die Schlüsseldatei der Praxis fehlt oder ist beschädigt, ebenso ihre Sicherungskopie. Stellen Sie beide Dateien aus einer Sicherung wieder her.</translation>
        </message>
        <message>
            <source>The practice file fails its integrity check, so no backup was made and the earlier backups stay as they are. Restore the latest good backup.</source>
            <translation>Die Praxisdatei besteht die Integritätsprüfung nicht; daher wurde keine Sicherung erstellt, und die früheren Sicherungen bleiben unverändert. Stellen Sie die letzte intakte Sicherung wieder her.</translation>
        </message>
        <message>
            <source>A change of the practice's encryption key was interrupted. Unlock with your passphrase once to finish it.</source>
            <translation>Ein Wechsel des Verschlüsselungsschlüssels der Praxis wurde unterbrochen. Entsperren Sie einmal mit Ihrer Passphrase, um ihn abzuschließen.</translation>
        </message>
        <message>
            <source>The data folder {folder} does not exist.</source>
            <translation>Der Datenordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>No practice was found in {folder}.</source>
            <translation>In {folder} wurde keine Praxis gefunden.</translation>
        </message>
        <message>
            <source>A practice already exists in {folder}.</source>
            <translation>In {folder} gibt es bereits eine Praxis.</translation>
        </message>
        <message>
            <source>The practice's key file has no passphrase slot.</source>
            <translation>Die Schlüsseldatei der Praxis enthält keinen Schlüsselplatz für die Passphrase.</translation>
        </message>
        <message>
            <source>The practice's key file has no recovery slot.</source>
            <translation>Die Schlüsseldatei der Praxis enthält keinen Schlüsselplatz für den Wiederherstellungscode.</translation>
        </message>
        <message>
            <source>Unlocking with your computer login is not set up here.</source>
            <translation>Das Entsperren mit Ihrer Anmeldung am Computer ist hier nicht eingerichtet.</translation>
        </message>
        <message>
            <source>The key in your computer's keyring does not fit.</source>
            <translation>Der Schlüssel im Schlüsselbund Ihres Computers passt nicht.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>Die aktuelle Passphrase ist falsch.</translation>
        </message>
        <message>
            <source>The passphrase is not right.</source>
            <translation>Die Passphrase ist falsch.</translation>
        </message>
        <message>
            <source>Another task is reading the practice (a backup or an export). Try again when it has finished.</source>
            <translation>Ein anderer Vorgang liest gerade die Praxis (eine Sicherung oder ein Export). Versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
        </message>
        <message>
            <source>The audit log's chain is broken at entry {entry}.</source>
            <translation>Die Kette des Prüfprotokolls ist bei Eintrag {entry} unterbrochen.</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>{weekday} {day}, {start}–{end}</source>
            <translation>{weekday}, {day}, {start}–{end}</translation>
        </message>
    </context>
</TS>
