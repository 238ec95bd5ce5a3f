<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Offline, encrypted practice software for solo psychotherapists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Nothing leaves this computer: Rapport never connects to the internet, and the practice is kept in one encrypted file.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GNU General Public License, version 3 or later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;Rapport {version}&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {licence} ({identifier}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last automatic backup failed. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your practice has not been backed up yet. Rapport makes the first backup by itself in a minute or so; you can also back up now.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your practice has not been backed up for %n day(s) (the last good backup is from {date}).</source>
            <translation>
                <numerusform>Your practice has not been backed up for %n day (the last good backup is from {date}).</numerusform>
                <numerusform>Your practice has not been backed up for %n days (the last good backup is from {date}).</numerusform>
            </translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>date format</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} kB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be written ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An unexpected problem stopped the backup; the details are in the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The second folder {folder} cannot be reached (is the drive plugged in?), so no copy was made there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice locked while the copy in the second folder was being made; the next backup makes it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No copy could be made in the second folder {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cheque</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <comment>payment method</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (the client)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {relation}, pays, can consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {relation}, pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {relation}, can consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {relation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every charge not invoiced yet, from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charges to invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing waits to be invoiced: every charge is on an invoice or waived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addressed to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Payment is asked within %n day(s); any credit the client has is taken off at once. An issued invoice never changes: to correct one, void it and issue a new one.</source>
            <translation>
                <numerusform>Payment is asked within %n day; any credit the client has is taken off at once. An issued invoice never changes: to correct one, void it and issue a new one.</numerusform>
                <numerusform>Payment is asked within %n days; any credit the client has is taken off at once. An issued invoice never changes: to correct one, void it and issue a new one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{amount}  (%n charge(s))</source>
            <translation>
                <numerusform>{amount}  (%n charge)</numerusform>
                <numerusform>{amount}  (%n charges)</numerusform>
            </translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cheque} number, transaction id … (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The oldest invoices first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} of {date} · {amount} due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client owes {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client is in credit by {amount}: a payment now is kept as more credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is owed now: a payment is kept as credit for the next invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than the {amount} owed. Lower the amount, or press Record payment again and choose to keep the rest as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than what is owed. Lower the amount, or press Record payment again and choose to keep the rest as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is owed now. Keep this payment of {amount} as credit? It is taken off the client's next invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is {extra} more than the {owed} the client owes. Keep {extra} as credit? It is taken off the client's next invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than is owed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep as credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Report for the school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For work other than sessions. The charge waits for the next invoice; its description is printed on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waive a charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waive charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client will not be asked to pay it. The charge stays on the account, marked waived with your reason, and the waiver is kept in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Snowstorm; first late cancellation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client owes {amount}. A write-off settles their oldest invoices first and stays on the account with its reason; it can be voided if it was a mistake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Hardship agreed at the last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void invoice {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number} of {date} · {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invoice keeps its number and is marked VOID; it is never deleted. Its charges become uninvoiced again, so you can issue a new, corrected invoice for them. The {paid} already paid on it goes back to the client's account: it pays their other open invoices, or waits as credit for the new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invoice keeps its number and is marked VOID; it is never deleted. Its charges become uninvoiced again, so you can issue a new, corrected invoice for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Wrong payer; reissued to the mother</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void a payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void a write-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void write-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{how} · {amount} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. The check bounced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Written off by mistake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payment no longer counts: the client's balance goes up by {amount}. It stays on the account, marked void with your reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The write-off no longer counts: the client's balance goes up by {amount}. It stays on the account, marked void with your reason.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The payment no longer counts: the client's balance goes up by {amount}, making invoice(s) {numbers} due again. It stays on the account, marked void with your reason.</source>
            <translation>
                <numerusform>The payment no longer counts: the client's balance goes up by {amount}, making invoice {numbers} due again. It stays on the account, marked void with your reason.</numerusform>
                <numerusform>The payment no longer counts: the client's balance goes up by {amount}, making invoices {numbers} due again. It stays on the account, marked void with your reason.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The write-off no longer counts: the client's balance goes up by {amount}, making invoice(s) {numbers} due again. It stays on the account, marked void with your reason.</source>
            <translation>
                <numerusform>The write-off no longer counts: the client's balance goes up by {amount}, making invoice {numbers} due again. It stays on the account, marked void with your reason.</numerusform>
                <numerusform>The write-off no longer counts: the client's balance goes up by {amount}, making invoices {numbers} due again. It stays on the account, marked void with your reason.</numerusform>
            </translation>
        </message>
        <message>
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first day must come before the last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invoice could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The statement could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No superbill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The superbill could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number} — {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt {number} — {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statement — {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Superbill — {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0–30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>31–60 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>61–90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90+ days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What each client still owes on the invoices you issued, aged from each invoice's date. Double-click a client, or press Enter, to open their account. Money paid in advance is listed beneath: the client's next invoice takes it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The oldest unpaid invoice is %Ln day(s) old.</source>
            <translation>
                <numerusform>The oldest unpaid invoice is %Ln day old.</numerusform>
                <numerusform>The oldest unpaid invoice is %Ln days old.</numerusform>
            </translation>
        </message>
        <message>
            <source>In credit: {clients}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is outstanding: every invoice is paid.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Owed by %Ln client(s): {total}, {over_90} of it for more than 90 days.</source>
            <translation>
                <numerusform>Owed by %Ln client: {total}, {over_90} of it for more than 90 days.</numerusform>
                <numerusform>Owed by %Ln clients: {total}, {over_90} of it for more than 90 days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owed by %Ln client(s): {total}.</source>
            <translation>
                <numerusform>Owed by %Ln client: {total}.</numerusform>
                <numerusform>Owed by %Ln clients: {total}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid in advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue invoices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions held, late cancellations, missed appointments and other charges that are not on an invoice yet. Issuing makes one invoice per ticked client for all of their charges, dated today and addressed to whoever pays (a paying guardian for a minor); money paid in advance is taken off it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid in advance: the invoice takes it off what is due.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln client(s) with charges to invoice</source>
            <translation>
                <numerusform>%Ln client with charges to invoice</numerusform>
                <numerusform>%Ln clients with charges to invoice</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to invoice: every charge is on an invoice.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{ticked} of %Ln client(s) ticked: {amount}</source>
            <translation>
                <numerusform>{ticked} of %Ln client ticked: {amount}</numerusform>
                <numerusform>{ticked} of %Ln clients ticked: {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issue %Ln invoice(s)…</source>
            <translation>
                <numerusform>Issue %Ln invoice…</numerusform>
                <numerusform>Issue %Ln invoices…</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Issue %Ln invoice(s) dated {date}?</source>
            <translation>
                <numerusform>Issue %Ln invoice dated {date}?</numerusform>
                <numerusform>Issue %Ln invoices dated {date}?</numerusform>
            </translation>
        </message>
        <message>
            <source>One invoice per client for all their charges not invoiced yet, {total} in all. An issued invoice cannot be changed: a mistake is corrected by voiding it and issuing a new one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Issuing %Ln invoice(s)…</source>
            <translation>
                <numerusform>Issuing %Ln invoice…</numerusform>
                <numerusform>Issuing %Ln invoices…</numerusform>
            </translation>
        </message>
        <message>
            <source>No invoice was issued. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was left to invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued invoice {number}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Issued %Ln invoice(s), {first} to {last}.</source>
            <translation>
                <numerusform>Issued %Ln invoice, {first} to {last}.</numerusform>
                <numerusform>Issued %Ln invoices, {first} to {last}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoices issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each client's account shows their new invoice, to print or save from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can save them all as PDFs now, or print each from the client's account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save all as PDFs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the invoices in…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saving %Ln invoice(s) as PDFs…</source>
            <translation>
                <numerusform>Saving %Ln invoice as PDFs…</numerusform>
                <numerusform>Saving %Ln invoices as PDFs…</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving invoices</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %Ln invoice(s) as PDFs in {folder} (stopped before the end).</source>
            <translation>
                <numerusform>Saved %Ln invoice as PDFs in {folder} (stopped before the end).</numerusform>
                <numerusform>Saved %Ln invoices as PDFs in {folder} (stopped before the end).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln invoice(s) as PDFs in {folder}.</source>
            <translation>
                <numerusform>Saved %Ln invoice as PDFs in {folder}.</numerusform>
                <numerusform>Saved %Ln invoices as PDFs in {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The PDFs were not all saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charged for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV for your accountant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments by method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charges count in the month of the session or charge; payments and write-offs in the month they were received or given up. The CSV holds dates, invoice and receipt numbers, client codes, services and amounts: no names and no clinical content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: {charged} charged (after waivers), {received} received, {written_off} written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: {charged} charged (after waivers), {received} received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for your accountant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting {year}…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %Ln line(s) of {year} to {path}. It holds no names and no clinical content.</source>
            <translation>
                <numerusform>Saved %Ln line of {year} to {path}. It holds no names and no clinical content.</numerusform>
                <numerusform>Saved %Ln lines of {year} to {path}. It holds no names and no clinical content.</numerusform>
            </translation>
        </message>
        <message>
            <source>The CSV was not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outstanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing figures could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has not signed a consent yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} signed an older version of the consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} revoked their consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no current consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancellation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not attend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move only this session, this and the following sessions, or all of them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change only this session, this and the following sessions, or all of them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel only this session, this and the following sessions, or all of them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recurring appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This and following</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client or enquiry: name, code or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's name or code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} · enquiry (free consultation only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (enquiry)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booking for {person}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short private memo (never exported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 2 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly, same weekday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <comment>a series ends after a number of sessions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <comment>a series ends on a date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for</source>
            <comment>an appointment's length</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the session workspace: check-in, homework, the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{service} · {minutes} min · {fee}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owes {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part of a series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>booked without a current consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No charge for this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge {amount} · waived: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge {amount} · invoiced as {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charge {amount} · not invoiced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice this session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue an invoice for this session ({amount}) to {payer}, dated today? Use the client's Billing tab to invoice several sessions at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who the appointment is with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside working hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}

Book it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can start the consent now, or book anyway — the booking will note that the consent was not current.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a free slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{service} ({minutes} min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book this slot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free times within your working hours, soonest first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {date}, {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No free slot in the next 8 weeks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ no-show · {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late-cancelled · {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled · {who}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n appointment(s) from {first} to {last}</source>
            <translation>
                <numerusform>%n appointment from {first} to {last}</numerusform>
                <numerusform>%n appointments from {first} to {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}, {time}: {who}, {service}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{appointment}. Enter opens it. {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{service} · video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} — no signed consent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} — consent on an older version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} — consent revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} — no valid consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All in the past: stored as attended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All in the past: kept as scheduled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is in the past: stored as attended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is in the past: kept as scheduled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln of them in the past, stored as attended.</source>
            <translation>
                <numerusform>%Ln of them in the past, stored as attended.</numerusform>
                <numerusform>%Ln of them in the past, stored as attended.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them in the past, kept as scheduled.</source>
            <translation>
                <numerusform>%Ln of them in the past, kept as scheduled.</numerusform>
                <numerusform>%Ln of them in the past, kept as scheduled.</numerusform>
            </translation>
        </message>
        <message>
            <source>{refused} and {skipped} — see their tabs for why; they are left out of the import.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln event(s) refused</source>
            <translation>
                <numerusform>%Ln event refused</numerusform>
                <numerusform>%Ln events refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) skipped</source>
            <translation>
                <numerusform>%Ln event skipped</numerusform>
                <numerusform>%Ln events skipped</numerusform>
            </translation>
        </message>
        <message>
            <source>{events} — see their tabs for why; they are left out of the import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import appointments from a calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the calendar of the program you used before as an .ics file. Each event whose title holds a client's code (C0042) or full name becomes an appointment of that client — past ones too, and repeating events up to a year ahead. Nothing is stored until you press Import; then every appointment under “To create” is stored, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose a calendar file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service when the title names none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match clients by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client code or full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client code only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark past appointments as attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past sessions are stored as attended instead of scheduled, without a charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service when the title names none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>M&amp;atch clients by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No charge is made for imported appointments: sessions held before were billed, if at all, by the program you used then. Marking a session attended later, by hand, charges it as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointments to create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: the title must name a service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %Ln appointment(s)</source>
            <translation>
                <numerusform>Import %Ln appointment</numerusform>
                <numerusform>Import %Ln appointments</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar files (*.ics);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is stored while the file is checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its events are checked here before anything is stored.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln appointment(s) will be created</source>
            <translation>
                <numerusform>%Ln appointment will be created</numerusform>
                <numerusform>%Ln appointments will be created</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no appointment to create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been stored yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tab} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Importing %Ln appointment(s)…</source>
            <translation>
                <numerusform>Importing %Ln appointment…</numerusform>
                <numerusform>Importing %Ln appointments…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln appointment(s) imported</source>
            <translation>
                <numerusform>%Ln appointment imported</numerusform>
                <numerusform>%Ln appointments imported</numerusform>
            </translation>
        </message>
        <message>
            <source>They are in the calendar now, and the import is recorded in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln of them as attended.</source>
            <translation>
                <numerusform>%Ln of them as attended.</numerusform>
                <numerusform>%Ln of them as attended.</numerusform>
            </translation>
        </message>
        <message>
            <source>The calendar file was not changed: delete it if it should not stay on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported. {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month calendar</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{day}: %n appointment(s). Enter shows the day.</source>
            <translation>
                <numerusform>{day}: %n appointment. Enter shows the day.</numerusform>
                <numerusform>{day}: %n appointments. Enter shows the day.</numerusform>
            </translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day view (D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week view (W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month view (M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show client codes instead of names, for working where others can see the screen (Ctrl+Shift+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a slot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next free times within working hours (Ctrl+Shift+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share appointments with your phone, import your busy times, or import the appointments of the program you used before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for my other calendar (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import my busy times (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import appointments from a calendar file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New appointment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book an appointment (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}

Move it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar could not be saved.

{problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {file}. It shows client codes, never names or memos. Import it into your phone's or computer's calendar; export again after changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import busy times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was not imported.

{problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not moved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n busy time(s) to add and {updated} to update from {file}, as blocked time in your calendar (not as sessions).</source>
            <translation>
                <numerusform>%n busy time to add and {updated} to update from {file}, as blocked time in your calendar (not as sessions).</numerusform>
                <numerusform>%n busy times to add and {updated} to update from {file}, as blocked time in your calendar (not as sessions).</numerusform>
            </translation>
        </message>
        <message>
            <source>{adding}

Import them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{adding}

Left out:{reasons}

Import them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first_day}–{last_day} {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived records are read-only; restore the client first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Owes {amount}: {due} due on %n invoice(s) issued today; {uninvoiced} not invoiced yet</source>
            <translation>
                <numerusform>Owes {amount}: {due} due on %n invoice issued today; {uninvoiced} not invoiced yet</numerusform>
                <numerusform>Owes {amount}: {due} due on %n invoices issued today; {uninvoiced} not invoiced yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owes {amount}: {due} due on %n invoice(s), {oldest}; {uninvoiced} not invoiced yet</source>
            <translation>
                <numerusform>Owes {amount}: {due} due on %n invoice, {oldest}; {uninvoiced} not invoiced yet</numerusform>
                <numerusform>Owes {amount}: {due} due on %n invoices, {oldest}; {uninvoiced} not invoiced yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owes {amount} — %n invoice(s) due, issued today</source>
            <translation>
                <numerusform>Owes {amount} — %n invoice due, issued today</numerusform>
                <numerusform>Owes {amount} — %n invoices due, issued today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owes {amount} — %n invoice(s) due, {oldest}</source>
            <translation>
                <numerusform>Owes {amount} — %n invoice due, {oldest}</numerusform>
                <numerusform>Owes {amount} — %n invoices due, {oldest}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>oldest %n day(s)</source>
            <translation>
                <numerusform>oldest %n day</numerusform>
                <numerusform>oldest %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Owes {amount} — not invoiced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In credit {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing owed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n invoice(s) overdue</source>
            <translation>
                <numerusform>%n invoice overdue</numerusform>
                <numerusform>%n invoices overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} not invoiced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} paid ahead, taken off the next invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charged {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waived {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>written off {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In all: {totals}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waived: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not invoiced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waived on {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VOID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid · {amount} written off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part paid · due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to view or print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided on {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is archived: the account is read-only. Its documents can still be viewed and printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments and write-offs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New invoice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice the charges not invoiced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record money received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add charge…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A charge for a report, a letter …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give up an amount that will not be collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The statement of account for a period, to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Superbill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sessions of a period, for the client's insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgive the selected charge (not invoiced yet), with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View / print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected invoice to print or save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void invoice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the selected invoice, with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record payment for it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record money received for the selected invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt of the selected payment, to print or save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void the selected payment or write-off, with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every charge is already on an invoice or waived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is owed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a charge not invoiced yet (void its invoice to free an invoiced one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an invoice that is not void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an invoice with something due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a payment or write-off that is not void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a payment (a write-off has no receipt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statement of account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The balance at the start of the period, every charge, payment, waiver and write-off in it, and the balance at its end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No diagnosis code is recorded for this client: most insurers refuse a superbill without one. Add it in Edit… → Clinical.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no NPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no tax ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no licence number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{missing} and {more}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice has {missing}: insurers usually ask for them. Add them in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Superbill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make superbill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sessions attended in the period, with the diagnosis and procedure codes and what was paid, for the client to claim from their insurer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homework done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homework partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homework not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}, session {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable improvement ({change} from the baseline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable deterioration ({change} from the baseline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given once: {scores}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reliable improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reliable deterioration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reliable change yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reliably recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recovered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} {total} ({date}) — at or above the cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How therapy is going, in your words (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores and sessions in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your comment is printed under the change summary. Leave it empty to give the scores alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when}, after the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when}, before the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guess {guess}, the client's rating not rated yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guess {guess}, the client's rating {rating}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measurement plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PDF of the scores and what changed, to print or save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire scores over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questionnaire answered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measurement plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which questionnaires this client is given, and how often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (before ●, after the session ○) &amp;nbsp; {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session evaluation (and your guesses ○)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance and homework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{change} reliable improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{change} reliable deterioration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{change}, recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress report — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The progress report could not be made.

{message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client likes to be called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used only by screening questionnaires whose cut-offs differ by sex (e.g. AUDIT-C).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic (e.g. C0042)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal first name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal last name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pronouns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex (for screening norms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client code is used instead of the name wherever privacy matters (calendar exports, file names).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. GP, website, a former client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate per session, e.g. 60.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who asked for therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy that someone else asked for or imposed often starts differently from therapy the client chose; it is shown on the client's record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sliding-scale rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral and fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add diagnosis…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presenting problem, formulation, anything the next session needs to remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnoses (ICD-10-CM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinical summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma-separated, e.g. anxiety, sliding-scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags in use: {tags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags in use: none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardians matter for clients under 18.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>age {age} — a minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>age {age}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client is {age}: at least one guardian who can consent is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client is an adult; guardians are optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian {number}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnosis {number}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal {number}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: please correct the fields marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This may be someone already in your practice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{matches}

Save as a new client anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as new client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone, archived too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort by last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{age} (minor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A minor: guardians consent and usually pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search name, code, phone or e-mail   (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New intake…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new client through the intake: history and screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import clients…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import clients from a CSV file, with a check before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New client (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>More than %Ln client(s)</source>
            <translation>
                <numerusform>More than %Ln client</numerusform>
                <numerusform>More than %Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) found</source>
            <translation>
                <numerusform>%Ln client found</numerusform>
                <numerusform>%Ln clients found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adult</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian for a minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed</source>
            <comment>column: the day signed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client reads and signs the consent on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign as a couple…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client and their partner (also a client) sign together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View and print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed form, or the scan of a form signed on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record revocation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach paper form…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach the scan of a form the client signed on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank form…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the current form for signing on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On paper (scan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked on {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} — older version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{form}, version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the client what changed since they signed, then the whole form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no consent template yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set your fees first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No guardian can consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No parent or guardian of this client is recorded as able to consent. Add one in Edit → Guardians first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent not stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No blank form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank consent form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent signed on version {version}, on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent signed on paper (version {version}), on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on version {version} ({date}); the form is now at version {current}. Re-consent shows the client what changed first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client revoked their consent. A new consent can be signed at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent yet. A parent or guardian can sign on this computer, or on a printed blank form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent yet. The client can sign on this computer, or on a printed blank form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign as a couple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner's name or code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both partners read the form, each initials and signs. {name}'s partner must be a client too (add them first if they are not).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} · {code} · age {age}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a form signed on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose scan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan (PDF, PNG or JPEG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form version signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scan is stored inside the encrypted vault. You may delete your copy of the file afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the scanned form first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a revoked consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: withdrew consent by letter dated …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record revocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent signed on {signed} (version {version}) will show as revoked from today, {today}. It stays in the record; it is never deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a diagnosis (ICD-10-CM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a code (F41.1) or words (generalized anxiety)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the code set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add diagnosis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billable codes are listed first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ICD-10-CM code set could not be loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code}  {description}  (category — choose a more specific code to bill)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Character set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goes into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How dates of birth are written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day first: 03/04/2001 is 3 April 2001</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month first: 03/04/2001 is March 4, 2001</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parents and guardians named in the file may consent to treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates of birth like 03/04/2001 are written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what each column holds (fields marked * are needed). Columns left out are not imported; several columns may fill the address, summary or tags.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln column(s)</source>
            <translation>
                <numerusform>%Ln column</numerusform>
                <numerusform>%Ln columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln empty row(s) left out</source>
            <translation>
                <numerusform>%Ln empty row left out</numerusform>
                <numerusform>%Ln empty rows left out</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field for the column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— leave out —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of the file's dates can only be read day first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of the file's dates can only be read month first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file writes dates both ways: rows that do not fit the choice are refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every date in the file could be read either way: choose the order you know.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The first %Ln row(s) as they would be stored</source>
            <translation>
                <numerusform>The first %Ln row as they would be stored</numerusform>
                <numerusform>The first %Ln rows as they would be stored</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row as it would be stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row as it would be stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused — {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May be the same person as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the corrected file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After correcting the file: read it again, same choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is stored while the rows are checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rows could not be checked</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln row(s) cannot be imported, so nothing will be</source>
            <translation>
                <numerusform>%Ln row cannot be imported, so nothing will be</numerusform>
                <numerusform>%Ln rows cannot be imported, so nothing will be</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) could be imported, but an import is all or nothing. Correct the rows below in the file (or leave their column out), then read it again. The line numbers are those of the file.</source>
            <translation>
                <numerusform>%Ln client could be imported, but an import is all or nothing. Correct the rows below in the file (or leave their column out), then read it again. The line numbers are those of the file.</numerusform>
                <numerusform>%Ln clients could be imported, but an import is all or nothing. Correct the rows below in the file (or leave their column out), then read it again. The line numbers are those of the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln client(s) will be imported</source>
            <translation>
                <numerusform>%Ln client will be imported</numerusform>
                <numerusform>%Ln clients will be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been stored yet. Each client gets a client code and is recorded in the audit log, as if typed in. %Ln row(s) may be clients you already have: see “Possible duplicates”.</source>
            <translation>
                <numerusform>Nothing has been stored yet. Each client gets a client code and is recorded in the audit log, as if typed in. %Ln row may be clients you already have: see “Possible duplicates”.</numerusform>
                <numerusform>Nothing has been stored yet. Each client gets a client code and is recorded in the audit log, as if typed in. %Ln rows may be clients you already have: see “Possible duplicates”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been stored yet. Each client gets a client code and is recorded in the audit log, as if typed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicates ({count})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Leave out the %Ln possible duplicate(s) (import only the other clients)</source>
            <translation>
                <numerusform>Leave out the %Ln possible duplicate (import only the other clients)</numerusform>
                <numerusform>Leave out the %Ln possible duplicates (import only the other clients)</numerusform>
            </translation>
        </message>
        <message>
            <source>Import clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import clients from a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the client list of your previous program or spreadsheet as a CSV file (comma-separated values). Rapport reads it, lets you say which column holds what, and shows what it would import before anything is stored. Then every client is imported, or none: a row that cannot be imported stops the import until it is corrected in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each client is checked like one typed in: legal first and last name and date of birth are needed, phone numbers and e-mail addresses must be valid, and a minor needs a parent or guardian who can consent. Existing clients are never changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a CSV file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check every row</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %Ln client(s)</source>
            <translation>
                <numerusform>Import %Ln client</numerusform>
                <numerusform>Import %Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %Ln row(s)</source>
            <translation>
                <numerusform>{done} of %Ln row</numerusform>
                <numerusform>{done} of %Ln rows</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be imported. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be imported. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Importing %Ln client(s)…</source>
            <translation>
                <numerusform>Importing %Ln client…</numerusform>
                <numerusform>Importing %Ln clients…</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop to leave the practice as it was: until the last client is stored, nothing is kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln client(s) imported</source>
            <translation>
                <numerusform>%Ln client imported</numerusform>
                <numerusform>%Ln clients imported</numerusform>
            </translation>
        </message>
        <message>
            <source>They are in the client list now, each with a client code. The import is recorded in the audit log. The CSV file was not changed: delete it if it should not stay on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← All clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the record (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why isn't it working?…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every signal about this client at once, and a worksheet to explore with them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record what was done…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client was not recorded as an enquiry first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived records are read-only; restore it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — open since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minor (age {age}). Consent: {consenting}. Pays: {paying}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy requested by {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived on {archived}; the record is kept until {until}. It is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{fee} ({rate} per session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} (age {age})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnoses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process notes (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at or above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore {name} to the active list? The record becomes editable again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive {name}? The record becomes read-only and is hidden from the usual lists. It will be kept until {until}; you can restore it at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent signed (version {version}) on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent signed on paper (version {version}) on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent signed on version {version}; the current version is {current}. Offer re-consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No signed consent yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enquired on {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enquired on {date}: no reason noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({relation})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} {description} (primary)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{goal} — {status}, by {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record what was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Assessed at session 2: drinking within guidelines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase a client's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was entered by mistake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its retention period has ended (kept until {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its retention period has ended (only for archived records)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase permanently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes {name}'s record and everything attached to it. It cannot be undone. Archive instead if the record must be kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the client's code, {code}, to confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a client's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include psychotherapy notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose folder and save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A readable PDF and a JSON file of {name}'s record, for a record request. The files are named with the client code, not the name. Saved files are not encrypted: hand them over securely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Psychotherapy notes (your private process notes) are left out unless you tick this box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the record in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was not saved: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No treatment goals yet. Add goals in Edit… → Clinical; then give each goal objectives and interventions here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add objective…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add intervention…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intervention: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A measurable step (e.g. “rides the bus twice a week without leaving early”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an intervention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you do towards this goal (e.g. “graded exposure, weekly”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective: {text} — by {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enquired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Became clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not proceed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All enquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How they heard of the practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. weekday evenings, not Fridays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is asking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wants help with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heard of us from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything worth remembering (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search name, phone or e-mail   (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New enquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a new enquiry (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save enquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book the free consultation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the calendar's booking for this enquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultation held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the intake…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity, history and screening; the enquiry becomes a client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convert to client without intake…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not proceed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen enquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the call: who, how to reach them, what they want help with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} · enquired {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convert to client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks fine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worth a look</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why isn't therapy working?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why isn't therapy working? — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every signal at once, in the order worth asking about: is there real agreement, what the screens found, what the scores say, how the client rates the sessions, homework, attendance. Tick what you have looked at.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worksheet to explore with the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation starters, not a questionnaire: write down what the client says in their words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save to the client's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved on {date}: {answers}, {items} reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Looked at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to the client's record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;New section: {title}&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Removed: {title}&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Changed: {title}&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Now:&lt;/b&gt; {wording}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Was:&lt;/b&gt; {wording}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;The wording is the same as the version you signed.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;You will now see the whole form again. Sections marked unchanged read exactly as before.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{caption}: signature pad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear what was drawn on the pad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…or type your full name instead of drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{caption}: full name, typed instead of drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please read to the end of the section to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}'s initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Initials of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We have read and agree to this section. Initials:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have read and agree to this section. Initials:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature of the parent or guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By signing, you consent to {client}'s therapy on these terms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By signing, you each consent to therapy with {clinician} on these terms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By signing, you consent to therapy with {clinician} on these terms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinician's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Countersignature — {clinician}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Countersign and finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop without signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you. Please hand the laptop back to your therapist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back to the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the form →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed since you signed version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapist: stop signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs the clinician's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchanged since version {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please both sign on the pads, or type your full names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please sign on the pad, or type your full name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing stopped. Your therapist's passphrase is needed to leave this screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please countersign, or type your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not the clinician's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your passphrase to stop without signing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making today's backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}

Your practice is saved as it was; Rapport will try again the next time it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the backup: checking it once more, then putting it in place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport — restoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not restored. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport cannot open the practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup of {date} is restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock it with the passphrase it had when the backup was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice it replaced is kept, unchanged, in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup is of another practice than the one it replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}

Your practice is as it was. Unlock it to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be saved there.

{reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy where you choose (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>What you had saved is safe. The last action may not have finished; please check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A technical report (without any client data) was written to:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport ran into an unexpected problem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7z archives (*{suffix});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An export is made to leave this computer, and a 7z archive can be tried against guesses far faster than your practice can. If it opened with your practice's passphrase, a copy of the export would help someone open the practice itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport stopped the export because the practice was locked or closed. Nothing was left behind. Export again once the practice is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Psychotherapy notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice is exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plain folder is written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{clients}, with {charts} and {documents}; {records} in {tables}; {files} in all</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln chart summary PDF(s)</source>
            <translation>
                <numerusform>%Ln chart summary PDF</numerusform>
                <numerusform>%Ln chart summary PDFs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln consent document(s)</source>
            <translation>
                <numerusform>%Ln consent document</numerusform>
                <numerusform>%Ln consent documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln record</numerusform>
                <numerusform>%Ln records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln table(s)</source>
            <translation>
                <numerusform>%Ln table</numerusform>
                <numerusform>%Ln tables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s)</source>
            <translation>
                <numerusform>%Ln file</numerusform>
                <numerusform>%Ln files</numerusform>
            </translation>
        </message>
        <message>
            <source>Included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It opens with 7-Zip, Keka, PeaZip or p7zip and the passphrase you chose; README.txt inside explains every file. Keep the passphrase apart from the file. The export is recorded in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This folder is not encrypted: move it onto an encrypted disk now, and delete it here once it is there. The export is recorded in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the whole practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in your practice, in one file that opens without Rapport: every client's record, the calendar, sessions and notes, questionnaires with every answer, treatment plans, consents, invoices and payments, and the audit log. Each kind of record is a spreadsheet file (CSV) and a JSON file, a README explains every file and column, and each client has a folder, named by client code, with a chart summary and the signed consents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is for taking your practice to other software, or for whoever looks after your records if you cannot. Day to day, the automatic backups keep your practice safe; an export is not needed for that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A passphrase for the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export's passphrase, again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is a 7z archive encrypted with AES-256, the names of the files inside too. 7-Zip, Keka, PeaZip or p7zip open it with the passphrase you choose here — a new one, not the one that opens your practice. Give it to whoever needs it separately from the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include psychotherapy &amp;notes (your private process notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out unless ticked: process notes are kept apart from the clinical record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export into a plain &amp;folder instead (not encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;The files will not be encrypted.&lt;/b&gt; Anyone who can open the folder — another account on this computer, a service that syncs or backs up the folder, whoever finds the drive — can read every record in it. Choose this only to put the files straight onto a disk you have encrypted yourself, and delete them once they are where they belong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I &amp;understand the files will not be encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting the practice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Into a new folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose a folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the export's folder inside…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the export as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” exists already in {folder}.

Replace it with the new export? The file there now is removed once the new one is complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick this to export without encryption, or untick the plain folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the plain folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel stops the export and removes what was written so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each file is encrypted as it goes into the archive: nothing is put on the disk in plain form. Cancel stops the export and removes what was written so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the practice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} % · {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An unexpected problem stopped the export; nothing was left behind. The details are in the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping, and removing what was written…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;Getting started with Rapport&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Rapport keeps your whole practice in one encrypted file on this computer. Nothing is sent anywhere. These are the first steps, in the order most clinicians take them.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;1. Your practice file and your passphrase&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;You made your practice when Rapport first opened: its details, a passphrase of at least 12 characters, and a recovery code. Every time Rapport opens, or after it has locked itself (after 10 minutes without activity, or at once with &lt;b&gt;Ctrl+L&lt;/b&gt;), it asks for the passphrase. Change it, or the time before locking, in &lt;a href="rapport:Settings"&gt;Settings → Security&lt;/a&gt;.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;2. Keep the recovery code safe&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;The recovery code is the only way in if the passphrase is forgotten: nobody else, not even the makers of Rapport, can open your records without one of the two. Print the &lt;i&gt;emergency access kit&lt;/i&gt; and keep it away from the computer (a locked drawer). If it was lost or seen, make a new one in &lt;a href="rapport:Settings"&gt;Settings → Security&lt;/a&gt;.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;3. Backups&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Rapport backs the practice up by itself every day and when you quit. Add a second folder — an external drive — in &lt;a href="rapport:Settings"&gt;Settings → Backups&lt;/a&gt;, so that a lost or broken laptop does not take your records with it. A backup opens with the passphrase the practice had when it was made.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;4. Your first client&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;An enquiry starts in &lt;a href="rapport:Prospects"&gt;Prospects&lt;/a&gt; (&lt;b&gt;Ctrl+4&lt;/b&gt;, then &lt;b&gt;Ctrl+N&lt;/b&gt;): record the call and &lt;i&gt;Book the free consultation…&lt;/i&gt;. When they decide to start, &lt;i&gt;Start the intake…&lt;/i&gt; makes them a client. Or add a client directly in &lt;a href="rapport:Clients"&gt;Clients&lt;/a&gt; (&lt;b&gt;Ctrl+3&lt;/b&gt;, then &lt;b&gt;Ctrl+N&lt;/b&gt;). The intake asks what you need for the record, then goes on to the consent form, which the client reads and signs on the screen.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;5. Your first session&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Book it in the &lt;a href="rapport:Calendar"&gt;Calendar&lt;/a&gt; (&lt;b&gt;Ctrl+2&lt;/b&gt;; double-click a time, or &lt;b&gt;Ctrl+N&lt;/b&gt;). On the day it is on &lt;a href="rapport:Today"&gt;Today&lt;/a&gt; (&lt;b&gt;Ctrl+1&lt;/b&gt;): &lt;i&gt;Start session&lt;/i&gt; opens the note beside the client's chart. Hand the laptop over for the check-in questionnaire if the measurement plan asks for one; the client's window shows nothing else and closes only with your passphrase. The note is saved as you type; sign it when it is finished — a signed note cannot be changed, only added to.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;6. Is therapy working?&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Each client's &lt;i&gt;Chart&lt;/i&gt; shows every questionnaire over time, with what counts as reliable change. &lt;a href="rapport:Today"&gt;Today&lt;/a&gt; lists the clients who need attention — not improving, getting worse, a low rating of the session — and &lt;a href="rapport:Outcomes"&gt;Outcomes&lt;/a&gt; (&lt;b&gt;Ctrl+6&lt;/b&gt;) shows the whole practice.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;7. Billing&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Attended sessions, late cancellations and no-shows are charged by themselves at the fees in &lt;a href="rapport:Settings"&gt;Settings → Billing&lt;/a&gt;. Invoices, payments and receipts are on the client's &lt;i&gt;Billing&lt;/i&gt; tab and in &lt;a href="rapport:Billing"&gt;Billing&lt;/a&gt; (&lt;b&gt;Ctrl+7&lt;/b&gt;).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Everything is described in more detail in the README that comes with Rapport.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting started — Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you — that's all.

Please hand the laptop back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Previous question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the laptop back before the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back to the questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinician's passphrase or PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not the clinician's passphrase or PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: 0 — the gate question was answered no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: items are reported one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: not scored yet ({count} unanswered).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {total} — {band} — at or above the cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {total} — {band}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {total} — at or above the cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {question}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not answered —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value}  {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who wants this therapy, and why now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy that someone else asked for starts differently from therapy the client chose. Note what the client hopes will change and what was tried before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What made the client seek help now? *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client hopes will be different</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they already tried on their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier therapy: when, with whom, how long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did not help, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked for by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why now *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hopes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tried already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did not help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is easy to miss under the presenting complaint: health, medication, substance use, trauma, earlier diagnoses and risk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medical conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current medication and who prescribes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alcohol, drugs, gambling — what and how much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnoses given before, by whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self-harm, suicide attempts, violence — past and present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substance use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trauma exposure *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier diagnoses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the questionnaires, then enter the answers (the client's paper form, or read aloud). Positive screens become follow-up items you will close later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the laptop to the client…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A full-screen view with only these questionnaires; your passphrase ends it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the screens before finishing. Positive screens become follow-up items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A risk item was answered above zero. Record that you have seen it, and the safety plan or your rationale, before finishing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seen; safety plan / rationale: …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save or print the intake summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then sign the consent form on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No screening questionnaires were given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{result} → follow-up: {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After Finish, the client (or their guardian) reads and signs the consent, full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep as draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who the client is. Fields marked * are needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact, emergency contact and guardians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to reach the client, who to call in an emergency, and — for a minor — who consents and who pays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the intake?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep what you entered as a draft, to finish later?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue the intake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The intake cannot be finished yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the summary as a PDF, or print it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export the whole practice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{practice} — Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliably recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable deterioration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of the clients at or above the cut-off at their first score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <comment>period</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <comment>period</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each client's first score is compared with their last one in the period. Reliable change uses each questionnaire's own reliable-change value; recovery counts clients who started at or above the cut-off and ended below it. Computed on this computer; nothing is sent anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} ({count} of {total})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>How clients rated the sessions: {average} on average over %Ln session evaluation(s).</source>
            <translation>
                <numerusform>How clients rated the sessions: {average} on average over %Ln session evaluation.</numerusform>
                <numerusform>How clients rated the sessions: {average} on average over %Ln session evaluations.</numerusform>
            </translation>
        </message>
        <message>
            <source>How clients rated the sessions: no session evaluation in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients who started in the period: {count}, {sessions} sessions each on average.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients who started in the period: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free consultations held: {held}; became clients: {became} ({percent}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your new passphrase replaces the old one at once; the old one will no longer open your practice. Your recovery code keeps working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You opened your practice with the recovery code. Choose a new passphrase now; the forgotten one will no longer open your practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protecting your practice with the new passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not your current passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase could not be changed. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private process notes — kept apart from the clinical record and left out of record requests and exports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals this session addressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved — {problem}. Your text is kept here and saving is retried every 2 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search every note: words, or the start of a word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client code or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include archived clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since</source>
            <comment>notes written since a date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client matches that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several clients match: type more of the name, or the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing found.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s) found (the 50 most recent)</source>
            <translation>
                <numerusform>%n note found (the 50 most recent)</numerusform>
                <numerusform>%n notes found (the 50 most recent)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) found</source>
            <translation>
                <numerusform>%n note found</numerusform>
                <numerusform>%n notes found</numerusform>
            </translation>
        </message>
        <message>
            <source>private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}) · {facts}&lt;br&gt;{snippet}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s) to sign</source>
            <translation>
                <numerusform>%n note to sign</numerusform>
                <numerusform>%n notes to sign</numerusform>
            </translation>
        </message>
        <message>
            <source>Every note is signed. Type to search all notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand to {name}: before the session ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand to {name}: after the session ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand to client: before the session ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand to client: after the session ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: answered (no total)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {total} ({band}), {change} since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {total}, {change} since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {total} ({band})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questionnaire answered for this session yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{risks}

The follow-up item stays open until you record what was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter {name}'s paper survey…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a paper survey…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print blank survey…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session evaluation is not installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has rated this session: a guess is made before seeing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client has rated this session: a guess is made before seeing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guess before {name} rates it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guess before they rate it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{questionnaire}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These answers could not be saved:

{problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank questionnaire — {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The blank questionnaire could not be made.

{problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guess of {name}'s rating of this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guess of their rating of this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guess of {name}'s rating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guess of their rating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved guess: {guess}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print blank survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The questionnaires to print, each on a page of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a paper survey — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a paper survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} · {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reviewed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was not assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent was signed on an older version of the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client revoked their consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign and lock this note? It cannot be changed afterwards; a correction is added as a dated, signed addendum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is more than 24 hours after the session: it will be marked a late entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign homework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Keep a thought record on two anxious moments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it helps, in the client's words if possible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <comment>homework due date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The correction or addition, as it should stand in the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An addendum is dated and signed now, and shown under the note for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is still empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note could not be saved, so it was not signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {signer} at {time} — late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {signer} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest text could not be saved. Close anyway and lose it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A session note needs a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session — {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prefers “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time since the session started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-up items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homework from last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign homework…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start private process notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process notes are your private working notes: kept apart from the record, left out of record requests and exports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note's sections (only while the note is still empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert today's measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template can be changed only while the note is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questionnaires were answered for this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign process notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing open from last time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homework assigned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{homework} (by {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it went: {homework}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What got in the way, or what helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A minor (age {age}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note — {code}, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · {template} · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add addendum…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client is archived: restore the record to add to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {signer} on {date} at {time} — late entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {signer} on {date} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fingerprint {hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addendum, {date} {time}, signed by {signer}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services and hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport backups (*{suffix});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>{entries} entries · {size} · made automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{entries} entries · {size} · saved by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from which backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check which backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This practice — the one open now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice to bring to this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another practice, not the one open now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup's recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the recovery code instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore this practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace my practice &amp;with this backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup opens with the passphrase your practice had when the backup was made, or with the recovery code from that time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Restoring replaces the practice that is open now with this backup.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whatever was entered after {made} will not be in the restored practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in the practice open now will be replaced by the other practice in this backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice open now is not deleted: it is moved, as it is, into a folder named {folder_name} in the practice folder ({practice_folder}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport checks the backup with the passphrase you typed, locks, puts the backup in place and asks you to unlock — with the backup's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport checks the backup with the passphrase you typed, makes it your practice in {practice_folder} and asks you to unlock it — with the backup's passphrase. Everything entered up to {made} is there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the passphrase instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the backup's recovery code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the backup's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every page of the backup… this can take a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup is sound: it opens with that recovery code, every page is authentic, and all {entries} entries are there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup is sound: it opens with that passphrase, every page is authentic, and all {entries} entries are there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup cannot be used. {reason} Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last good backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a checked, encrypted backup where you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chec&amp;k a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a backup file with its passphrase and check every page (nothing is changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a backup in place of this practice (the practice open now is kept aside)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every record in one encrypted archive that opens without Rapport, to take the practice elsewhere or leave with whoever looks after your records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While your practice is open, Rapport makes a backup once a day, and another when you quit unless one was made in the last hour. Each one is encrypted like the practice and checked page by page before it counts. They are kept in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep one backup for each of the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and one for each of the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Older automatic backups are removed. Backups you save yourself are never removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A second copy somewhere else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder, for example on an external drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop making a second copy (the copies made stay there)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep a copy of each automatic backup on an external drive or another disk, so that a lost or broken computer does not take the backups with it. The copies go into a folder “{folder_name}” inside the folder you choose. When the drive is not plugged in, Rapport says so and still makes the backup on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{description}
In {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport makes the first one by itself in a minute or so; you can also back up now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{details}
Making a backup now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last automatic backup failed ({when}). {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No second folder: backups are kept on this computer only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reachable now: the next automatic backup is copied there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reachable now — is the drive plugged in? Backups are still made on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source> day(s)</source>
            <translation>
                <numerusform> day</numerusform>
                <numerusform> days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform> week</numerusform>
                <numerusform> weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. The next automatic backup keeps this many.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder for a second copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder outside the practice folder — ideally on another drive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the backup and checking it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up and checked: {entries} entries, {size}, in {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was made. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and region for amounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 12-3456789 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 digits (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save billing settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoices due within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax id (EIN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How invoices, receipts, statements and superbills write amounts, when an invoice is due, and the identifiers an insurer looks for on a superbill: your tax id (an EIN or, without one, your own tax number) and, in the United States, your National Provider Identifier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Every amount in this practice file is kept in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: {amount} (no decimals in this currency)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A valid NPI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last digit does not match the others: please check the number against your NPPES record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing had changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adult clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A parent or guardian, for a minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added: {section}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed: {section}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed: {section}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fees and policies quoted in the consent form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Individual session fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 150.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Couples session fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 180.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancellation fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 75.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed session fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancellation: notice under (hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 24</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free first consultation (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency symbol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save fees and policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. The consent text below uses the new values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} &lt;span style='color:{colour}'&gt;[initials]&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit consent template — new version after {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client initials this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placeholders, filled from Settings: {placeholders}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as new version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {number} — {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;No differences.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit (saves a new version)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a starting point written for Rapport, not legal advice: read every section and check it against the rules of your jurisdiction before use. Signed consents keep the exact version they were signed on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No template yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{template}, version {number} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{questionnaire} before: every how many sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{questionnaire} after: every how many sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> times running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> of the last 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reliable improvement after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session evaluation below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancellations or no-shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake follow-up item still open after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When Today's “Is therapy working?” list names a client. Reliable deterioration, a risk answer and a missing or outdated consent are always shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source> session(s)</source>
            <translation>
                <numerusform> session</numerusform>
                <numerusform> sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>Save for this client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the default plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the practice default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaires with every session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client's measurement plan: what they are given before and after each session, and how often.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default measurement plan, for every client without a plan of their own. Children under 12 are given only the check-in and the session evaluation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client has a plan of their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client follows the practice's default plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handing the laptop back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a client has answered questionnaires on this computer, your passphrase hands it back to you. A short PIN can do it too: quicker, but easier to watch over your shoulder. Only a scrambled (hashed) form of the PIN is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No PIN: only the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session note (part of the record)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy of {template}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {template}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{template} (mine)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt (shown in the empty box)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped templates stay as they are: this saves your own copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show retired templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sections a note is written in, each with a prompt shown in its empty box. Shipped templates are kept as they are; editing one saves your own copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{template} — private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{template} (shipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{template} (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy and edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These details appear on letterheads, consent forms, invoices and reports.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source> year(s)</source>
            <translation>
                <numerusform> year</numerusform>
                <numerusform> years</numerusform>
            </translation>
        </message>
        <message>
            <source>Save retention policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeping records of archived clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep after the last service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep after a minor comes of age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age of majority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An archived record is kept until the later of the two dates, then it may be erased. The defaults follow the American Psychological Association's record keeping guidelines (7 years; 3 years after 18); check what your jurisdiction requires. Changes apply to clients archived from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing it re-protects the key; your records are not rewritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic lock</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Lock after no activity for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time the computer spends asleep counts. You can always lock at once with Ctrl+L.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock with my computer login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock automatically when I am logged in to this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new recovery code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If your recovery code was lost or seen by someone else, make a new one. The old code stops working at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the encryption key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a copy of the practice and its key file may have been taken (a lost backup drive, a computer that was not yours), re-encrypt the practice under a new key. Your passphrase stays the same; you get a new recovery code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key is kept in your computer's secure keyring. Your passphrase keeps working. Use this only if nobody else uses your computer account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available: this computer has no secure keyring that Rapport trusts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring did not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your new passphrase is in use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To make a new recovery code, type your passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the encryption key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every record is re-encrypted under a new key; this takes a few seconds for a large practice.
Backups made before keep opening with the passphrase and recovery code of their day.

To go on, type your passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key was not replaced; the practice opens as before. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No new code was made. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not your passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your new recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice is now encrypted under a new key. Your previous recovery code no longer works. This new one is shown only now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your previous recovery code no longer works. This new one is shown only now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free consultation (enquiries)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intake assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Individual session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Couples session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 150.00 — leave empty if not set yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billable (charged and invoiced)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 90834 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Procedure code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buffer after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour in the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save working hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>between appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <comment>procedure code</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buffer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show retired services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you offer, how long it takes and what it costs. The individual and couples fees and the consultation length are also what the consent form quotes. A free consultation is the only service an enquiry can be booked for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{service} (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour in the calendar: {colour}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you enter stays on this computer, in one encrypted file. First, the details that will appear on your letterhead and forms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving from another computer? Bring your practice with you:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields marked * are needed. You can change all of this later in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your passphrase encrypts every record. Nobody — not even Rapport's makers — can recover it for you, so choose one you will remember.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tip: four or five unrelated words, such as “lantern orchard velvet kettle”, are easier to remember than a short password and much harder to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you ever forget your passphrase, this code is the only other way into your records. It is shown only now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to create your practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One last choice, then Rapport creates your encrypted practice file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also unlock with my computer login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport keeps a key in your computer's secure keyring, so that logging in to this computer is enough to open your practice. Your passphrase keeps working. Choose this only if nobody else uses your computer account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available here: this computer has no secure keyring that Rapport trusts, so you will always type your passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your practice file will be kept in:
{folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up Rapport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create my practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protecting your practice with your passphrase… this takes a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice could not be created. Nothing was left behind; please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good morning, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good afternoon, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good evening, {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>… and %Ln more.</numerusform>
                <numerusform>… and %Ln more.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your practice file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes to sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intakes to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is therapy working? Clients who need attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Settings → Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} · {practice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing booked today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status}, owes {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{start}–{end}&lt;/b&gt; {who} · {service} · video · &lt;i&gt;{state}&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{start}–{end}&lt;/b&gt; {who} · {service} · &lt;i&gt;{state}&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;a href="notes"&gt;%n note(s) to sign&lt;/a&gt; — the oldest from {date}.</source>
            <translation>
                <numerusform>&lt;a href="notes"&gt;%n note to sign&lt;/a&gt; — the oldest from {date}.</numerusform>
                <numerusform>&lt;a href="notes"&gt;%n notes to sign&lt;/a&gt; — the oldest from {date}.</numerusform>
            </translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <comment>date format</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;a href="{client}"&gt;{name}&lt;/a&gt; · &lt;b&gt;seen today&lt;/b&gt;: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;a href="{client}"&gt;{name}&lt;/a&gt;: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set aside…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this signal until a date, with the reason (recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide one of these signals until a date, with the reason (recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{draft} — stopped at “{page}”, {date} {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd MMM</source>
            <comment>date format</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;a href="{client}"&gt;{name}&lt;/a&gt;: {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire file not loaded: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a demo practice: every person in it is made up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypted on this computer; nothing is sent anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit log does not check out: entry {entry} or one before it was changed outside Rapport. Keep a copy of the practice file and contact support.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Audit log checked at unlock: %n event(s), unbroken.</source>
            <translation>
                <numerusform>Audit log checked at unlock: %n event, unbroken.</numerusform>
                <numerusform>Audit log checked at unlock: %n events, unbroken.</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM</source>
            <comment>date format</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n failed unlock attempt(s) since the practice was last opened (the last on {date}). If that was not you, change your passphrase in Settings → Security.</source>
            <translation>
                <numerusform>%n failed unlock attempt since the practice was last opened (the last on {date}). If that was not you, change your passphrase in Settings → Security.</numerusform>
                <numerusform>%n failed unlock attempts since the practice was last opened (the last on {date}). If that was not you, change your passphrase in Settings → Security.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your practice has no recovery code: make one in Settings → Security and keep it somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change of the encryption key was interrupted and has been finished now; the recovery code made for it was never shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You opened the practice with your recovery code; this was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backups folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport updated your practice file to this version; a copy from before the update was kept ({where}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last good backup: {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport — locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your practice is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgot your passphrase? Use your recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your passphrase to open your practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock with recovery code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the recovery code from your emergency access kit. Using it is recorded, and you will then choose a new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a demo practice with made-up people. Its passphrase is: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your recovery code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking with your computer login…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}

A backup brings the practice back as it was when the backup was made; the damaged file is kept aside, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport could not open the practice. See the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That did not open the practice. After several failed tries Rapport waits before the next one: please try again in {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can try again now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{keys} shows or hides what is typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <comment>passphrase</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the passphrase ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide</source>
            <comment>passphrase</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>At least %n character(s). A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
            <translation>
                <numerusform>At least %n character. A few unrelated words make a passphrase that is easy to remember and hard to guess.</numerusform>
                <numerusform>At least %n characters. A few unrelated words make a passphrase that is easy to remember and hard to guess.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more character(s) needed.</source>
            <translation>
                <numerusform>%n more character needed.</numerusform>
                <numerusform>%n more characters needed.</numerusform>
            </translation>
        </message>
        <message>
            <source>{verdict}. {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Harbour Light Counselling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As it should appear on forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. PsyD, Licensed Psychologist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice and clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinician *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact details for letterheads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency access kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print emergency access kit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save kit as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the kit (or write the code down) and keep it away from this computer — a locked drawer or a safe. Do not e-mail it or keep a photo of it in the cloud. Using it is recorded, and you will then choose a new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have stored my recovery code somewhere safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature pad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw the signature with a mouse, a pen or a finger; it cannot be drawn with keys. To sign from the keyboard, type the full name instead: typing here goes to the name field. Delete clears the pad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign above the line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set aside for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Discussed today; agreed to review in two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{client}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That charge no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That invoice no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That payment no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a currency, such as USD, EUR or GBP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a language and region, such as en_US or de_DE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between {low} and {high} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {count} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An NPI has 10 digits, the last a check digit; this one does not fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The currency cannot change once anything has been billed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{currency} amounts have no decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{currency} amounts have at most {digits} decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This appointment is billed on invoice {number}. Void invoice {number} first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the charge is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A charge cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the charge is waived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This charge is already waived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This charge is on invoice {number}. Void invoice {number} first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the client's guardians.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose either charges or a period, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the period's first and last day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to invoice in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the charges to invoice, or a period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of the charges are not this client's, or no longer exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A waived charge is not invoiced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A charge is already on invoice {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An invoice cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An invoice needs something to pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number} is dated {date}; a new invoice cannot be dated earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That appointment no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A free consultation is never invoiced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This appointment has no charge: it was not held or missed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the invoice is voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number} is already void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the client's invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number} is void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number} is already settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A payment cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose cash, card, cheque, transfer or other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is owed now. Confirm to keep this payment ({extra}) as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is {extra} more than the {owed} owed. Confirm to keep {extra} as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it is written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A write-off cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most the {due} still due on invoice {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most what the client owes ({owed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it is voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is already void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A write-off has no receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancellations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That service no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client {code} has no signed consent. Book anyway only if you have agreed this with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client {code} signed an older version of the consent. Book anyway only if you have agreed this with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client {code} revoked their consent. Book anyway only if you have agreed this with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client {code} has no valid consent. Book anyway only if you have agreed this with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the time with its time zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between {low} and {high} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the service's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another service already has this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fee cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the kind of service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most 20 letters and digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colour such as #4f7cac.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between 0 and {high} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the working hours of each day of the week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {day}, the working day must start before it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} is outside working hours ({day} is not a working day).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} is outside working hours ({start}–{end}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlaps busy time on {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlaps {service} ({code}) on {when}, with its {buffer}-minute buffer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlaps {service} ({code}) on {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That client no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is archived. Restore the record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This service is no longer offered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how many sessions, or the date of the last one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A series has between 2 and {count} sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last session cannot be before the first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A series may run at most {count} years ahead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a client or an enquiry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A client cannot be their own partner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That enquiry no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This enquiry has become a client: book the client instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only clients can join a session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An enquiry can only be booked for a free consultation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A series has at most {count} sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A series has at least two sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a scheduled appointment can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An appointment can be marked attended or missed once it has started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a scheduled appointment can be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown source of busy time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client is archived, so the record cannot be changed. Restore it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was not erased.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was not archived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the client's legal first name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the client's legal last name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That would make the client older than {age}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose female, male, or not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who asked for the therapy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose active, paused or discharged (archive from the record).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 to 12 letters, digits or dashes, e.g. C0042.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose standard or sliding-scale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sliding-scale rate must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sliding-scale rate must be less than {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the guardian's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client is under {age}: add at least one guardian who can consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not an ICD-10-CM code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark only one diagnosis as primary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the goal a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a status for the goal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tag has at most 60 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code {code} is already used by another client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name and date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} has 1 unsigned note. Sign or delete it first: an archived record cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} has {count} unsigned notes. Sign or delete them first: an archived record cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To erase, type the client's code ({code}) exactly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record must be kept until {date}; it cannot be erased yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No retention date is set for this record, so it cannot be erased yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} signed note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} signed notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{notes} and {invoices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} has {held}, so it was not entered by mistake. Archive the record instead: it is then kept until its retention period ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write placeholders as a plain name in braces, not {placeholder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown placeholder {placeholder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A brace is not closed. Write {{ or }} for a literal brace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That consent template no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A consent template needs at least one section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {limit} sections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give section {index} a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title of section '{title}' is longer than {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of section '{title}' is longer than {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of section {index} is longer than {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} (in section '{title}')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} (in section {index})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown placeholder {placeholder} in section '{title}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown placeholder {placeholder} in section {index}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two sections share the key {key}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose adult or guardian.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the template a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent form still says “fee not set yet” in: {sections}. Enter your fees in Settings → Consent before asking for a signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That signed consent no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client has not signed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parent or guardian has not signed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinician has not signed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {role} has not signed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A parent or guardian who can consent must sign for a minor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guardian who signed is not one of the client's guardians who can consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client must sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client {code} must sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clinician must countersign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That template is for another audience.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A minor's consent is given by a guardian.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Initials are missing for '{title}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The initials for '{title}' are longer than {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent was signed on paper: see its scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the reason the consent was revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent was already revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a PDF, PNG or JPEG file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file's content does not match its type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than 50 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent has no scanned form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This does not look like a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This phone number is not valid for {region}. Check the digits, or start with + and the country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This e-mail address is not valid: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some values need attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open this practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That recovery code does not open this practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many failed attempts. Please wait {seconds} seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice file is damaged and cannot be opened safely. Nothing has been changed. Restore it from a backup, or contact support with the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice file is not an encrypted Rapport vault (it is a plain database or another kind of file). Rapport will not open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This practice is already open in another Rapport window or process ({holder}). Close it there first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This practice is already open in another Rapport window or process. Close it there first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No practice was found in that folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A practice already exists in that folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An integrity check failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating the practice file to this version of Rapport failed. The file was left as it was, and a backup was made before trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking with your computer login is not available: no secure system keyring was found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full, so the change could not be saved. Nothing that was saved before has been lost. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file is not a Rapport backup, or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That homework no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the client will do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The due date cannot be before the day it was set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That note is not one of this client's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how the homework went.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The review cannot be before the day the homework was set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An instrument file cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {where}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instruments folder is missing: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a shipped instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{instrument_id}' is already used by {whose} ({taken}); give this instrument an id of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is too large ({size} bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid JSON ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key '{key}' appears twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{constant}' is not allowed in JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be text, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is longer than {max_len} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a number, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be true or false, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this Rapport reads format {format}, not {fmt}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{instrument_id}' must start with a letter and hold only lower-case letters, digits and _ (at most 40)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a cutoff to say when it is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must start with https:// or http://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a response set's name must be a short word without spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} appears twice in this response set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs at least two options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item_id}' must be a short word without spaces (at most 40)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item_id}' is used by an earlier item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an open_text item cannot have one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing (or set open_text to true)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no response set named '{set_name}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{v} is not a value of '{set_name}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every answer would close the gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a gate item is not scored, so not reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not used when the method is "none"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a subscale's name must be a short word without spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item_id}' is not one of the scored items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only applies when missing.rule is "prorate"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be from 0 to {highest} (one item must be answered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no item with the id '{item_id}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item_id}' is an open_text item, which is never scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item_id}' is a gate item, which is never scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item_id}' is listed twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only applies when the rule is "prorate"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing (needed by "prorate")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be from 1 to {highest} (at least one item must be answered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a total (scoring.method "sum")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{high} is below min {low}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first band must start at the lowest total, {lowest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gap: no band holds {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overlap: {low} is already in the band {band_min}–{band_max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last band must end at the highest total, {highest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two bands have the same label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give either "score" or both sexes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs "score", or both "female" and "male"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score} is outside the possible totals (above {lowest}, up to {highest})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give either "threshold" or sd and reliability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be above 0 and at most {highest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs "threshold", or both "sd" and "reliability"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be above 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be from 0 up to (not including) 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{item_id}' is an open_text item and has no values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{min_value} is not a value of '{set_name}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every answer would raise the flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown key '{key}' (expected one of: {expected})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number with decimals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A risk item was answered above zero. Record that you have seen it, and the safety plan or your rationale, before finishing the intake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note briefly why the client is seeking help now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record whether trauma exposure was asked about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each questionnaire can be given once per intake.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answers were entered for {names}: enter them or untick the questionnaire.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who gave the answers to each questionnaire.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That intake draft no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8 (with byte-order mark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 (little-endian, no byte-order mark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 (big-endian, no byte-order mark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Western (cp1252)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Central European (cp1250)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vertical bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vertical bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clients could not be imported. Nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was stopped. Nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} holds characters that are not {encoding}. Choose the file's character set, or save the file again as “CSV UTF-8” and choose it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport cannot read the character set “{encoding}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} holds a NUL character, which a text (CSV) file never has: this is not a CSV file, or it is not written in {encoding}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than {megabytes} MB. Split it into smaller files and import them one after the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a comma, semicolon, tab or vertical bar as separator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} has 1 field where the header line has {columns}. Every line needs the same number of columns; a value holding the separator ({separator}) must be in double quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} has {fields} fields where the header line has {columns}. Every line needs the same number of columns; a value holding the separator ({separator}) must be in double quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has more than {rows} rows. Split it into smaller files and import them one after the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has a header line but no rows of clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} holds a value longer than {limit} characters (or a quote that is never closed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote that opens on line {line} is never closed, so the rest of the file would be read as one value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} cannot be read: a value in double quotes must be followed by the separator or the end of the line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian's relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardian's e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file of known client-list formats cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.{name}: write it as text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: a format is written as an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: unknown field(s) {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.key: “{key}” is not a free key of lowercase letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.sources: list the https addresses that document it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.date_order: day_first, month_first or null.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.columns: name the file's columns and their fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.columns.{name}: “{field}” is not a field of Rapport.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.columns: a column is named twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.columns: a field that takes one column is named twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.values: write it as an object of fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.values.{field}: not a field of Rapport.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}.values.{field}: every value is text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{product}: {file}. {note} Columns documented at: {addresses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: not JSON ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: format: {version} is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: presets: a list of formats is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: two formats have the same key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic (usual column names)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns are matched by their usual names (First name, Surname, DOB, E-mail …).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapport's full export (csv/clients.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clients table of Rapport's own full export, whose README describes every column. An archived client is refused (only an open record can be imported): ignore the status column to bring everyone in as active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a date of the calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}”: write the year with four digits, so that the century is clear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}”: choose whether the file writes the day or the month first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” has no month {month}: does the file write the month first?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” has no month {month}: does the file write the day first?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is a spreadsheet's number for a date: format the column as dates (e.g. 1990-05-17) before saving the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a date. Write it like {examples}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}”: “{month}” is not the name of a month in English.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {limit} characters (this one has {length}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds control characters that are not text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be on one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}”: the sex for screening norms is female, male, or left empty (not recorded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}”: who asked for the therapy is one of self, parent, partner, court, employer, other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}”: a client is imported as active, paused or discharged. Ignore the status column to import every client as active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An archived client cannot be imported: archive the record in Rapport after the import, or ignore the status column to import every client as active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column that goes into “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only one column can go into “{field}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown field(s): {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has fewer columns than the choices made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how the file writes dates of birth such as 03/04/2001: day before month, or month before day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who}: {reasons}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is already another client's code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is also the code on line {line}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} of this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 row of the file cannot be imported, so nothing was imported. Correct them in the file, or ignore their column, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rows} rows of the file cannot be imported, so nothing was imported. Correct them in the file, or ignore their column, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no client left to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {problem} Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be written. No file was left behind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full, so the export could not be written. Nothing was left behind. Free some space, or choose another drive, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it cannot be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be written ({reason}). Nothing was left behind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a passphrase for the export other than the practice's own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder; choose a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} exists already; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} exists already; choose a new folder name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts and consents: client {done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the README and the manifest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a calendar: an .ics file begins with BEGIN:VCALENDAR. Export your calendar as iCalendar (.ics) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file is larger than {megabytes} MB; export a shorter period from your calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} of the calendar file is not UTF-8 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} continues a line that does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} comes after the end of the calendar (END:VCALENDAR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} is not a valid calendar line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: BEGIN does not say what begins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: END:{component} does not close BEGIN:{begun}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: END:{component} closes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file ends before END:{begun}; it may have been cut short.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: the value of {keyword} cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines {first}–{last}: this {component} cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this event has {name} more than once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this event has no start (DTSTART).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shown as free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no UID, so a later import could not recognise it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its UID is too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all-day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its time zone is not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its end has no time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it takes no time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than a year ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it repeats more often than every hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: the repeat rule (RRULE) cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it repeats too often to follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {count} times within a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {count} times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no time left within the coming year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no time left before a year from now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: another event has the same UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an all-day event (an appointment needs a time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than a year ahead: book it in Rapport nearer the time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The appointments could not be imported. Nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} ({times} times)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no client code is in the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no client's code or full name is in the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} clients are called this ({codes}): put the client code in the event's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default service no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default service is no longer offered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overlaps busy time on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overlaps {service} ({code}) on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longer than {hours} hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shorter than {minutes} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client {code} is archived: restore the record first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no service is named in the title, and no default service was chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another event of the file has the same UID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its times from {day} on are more than a year ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overlaps the appointment of line {line} ({codes}) on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: client {code} no longer exists. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: client {code} is archived. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: the service {service} is no longer offered. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: the appointment on {when} {conflict}. Nothing was imported; check the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no appointment to import. Nothing was stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: this event has been imported meanwhile. Nothing was imported; check the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client themself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A parent or guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A court (mandated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An employer (mandated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client, on the laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client, on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinician, asked aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency contact's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency contact's relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy asked for by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee arrangement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sliding-scale fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parents and guardians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ruled out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That follow-up item no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who gave the answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say whether it was before or after the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose assessed, referred or ruled out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what was done (a sentence is enough).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an amount such as 85.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an amount such as 85 or 85.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use whole amounts, without a decimal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at most {digits} digits after the decimal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an amount such as {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note is signed and can no longer be changed. Add an addendum instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note was changed elsewhere since it was opened. Reopen it to see the latest text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That note template no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template needs at least one section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A template has at most {count} sections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section {number} needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a progress note or a psychotherapy note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another template already has that name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That template is archived: choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That appointment is not with this client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each section needs a key of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{title}' is longer than {count} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note has too many sections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a goal of this client: {goal}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is empty: write something before signing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who signs the note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addenda are added to signed notes; edit the draft instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the addendum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who signs the addendum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reliable improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low session rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-up item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no-show on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late cancellation on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That session no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That client was not in this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {name} has no total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record your guess before seeing the client's rating.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a total from {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between {low} and {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose which signal to set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why this can wait (a sentence is enough).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a day after today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a day at most {days} days ahead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable deterioration on the {name}: {first} → {last} on {day} (a change of {threshold} or more is reliable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reliable improvement on the {name} after {sessions} sessions ({first} → {last}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; its risk follow-up is still open ({count} such answers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; its risk follow-up is still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; within the last {days} days ({count} such answers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk answer on the {name} on {day}; within the last {days} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last {name} was {total} on {day} (below {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {name} fell from {before} to {after} on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last {count} homework tasks were not done (last reviewed {day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last {count} homework tasks were not done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{missed} of the last {count} appointments were missed or cancelled late ({which}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No signed consent; last session on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent was signed on an older version; last session on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent was revoked; last session on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” has been open since {day} ({count} sessions since).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the practice's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the clinician's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a time zone from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between 1 and 60 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between 1 and 50 years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between 0 and 30 years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an age between 14 and 21.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between {low} and {high} hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the currency symbol, such as $ or €.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {limit} characters, on one line, without braces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free consultation booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Became a client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not the right fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That change of status is not possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the name of the person who enquired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a phone number or an e-mail address to reach them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who is asking for the therapy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use “Convert to client” to make this person a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An enquiry that is “{old}” cannot become “{new}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose why they did not proceed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This enquiry has already become a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What might be good about things staying as they are? What does the problem protect you from, or make possible?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If things changed, what would it cost you? What might you lose, or have to face, or have to do?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who else would notice if you changed, and how might they react?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From 0 to 10, how important is this change to you right now? What makes it that number, and not a lower one?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would need to be different in our work together for it to help more — the goals, the pace, the methods, the homework, or something between us?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on version {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on paper (version {version}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on version {version}; the form is now at version {current}: the agreement may no longer match how you work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No signed consent: goals, fees, homework and surveys were never agreed in writing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informed consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still open: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No positive screen or risk answer was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up item from the screens was dealt with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All {count} follow-up items from the screens were dealt with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screens and follow-up items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reliable change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only one score so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {first} → {last}, {change}, recovered ({sessions} sessions).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {first} → {last}, {change} ({sessions} sessions).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No outcome measure has been given more than once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the client rates the sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session evaluation yet: the client's view of the work is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest {latest} of {top}; average {average} over {sessions} sessions; {below} below the top.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guesses were {points} points higher than the client's ratings on average ({sessions} sessions).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guesses were {points} points lower than the client's ratings on average ({sessions} sessions).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Homework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No homework has been reviewed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: partly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completion {rate} of the homework reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No past appointment yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{attended} of the last {count} appointments attended or cancelled in good time; {missed} missed or cancelled late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown prompt: {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write at least one answer, or tick what you reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That worksheet no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{instrument}: '{item_id}' is a free-text item and takes no number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{instrument}: there is no item '{item_id}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{instrument}: {value} is not an answer to item '{item_id}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no questionnaire called “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {name} is in the list twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose every 1 to {count} sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That client is not in this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say whether it is before or after the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter at least one answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a PIN of 4 to 8 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That part of the treatment plan no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That treatment goal no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy of the practice did not read back whole, so no backup was made (the earlier backups stay). Check the disk it was written to, or choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full, so the backup could not be made. The practice and the earlier backups are untouched. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a Rapport backup, or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a Rapport backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged: its description cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was made by a newer version of Rapport; update first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged: its key file differs from when the backup was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged: its key file belongs to another practice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That recovery code does not open this backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open this backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged: its data does not read back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged: its data differs from when it was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase must have at least {minimum} characters (it has {length}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase cannot be only spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recovery code has {count} letters and digits (in groups of four).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keyring refused to store the key. Device unlock was not turned on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file does not open with the practice's key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice's key file is missing or damaged, and so is its backup copy. Restore both files from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice file fails its integrity check, so no backup was made and the earlier backups stay as they are. Restore the latest good backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change of the practice's encryption key was interrupted. Unlock with your passphrase once to finish it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No practice was found in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A practice already exists in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice's key file has no passphrase slot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The practice's key file has no recovery slot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking with your computer login is not set up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key in your computer's keyring does not fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another task is reading the practice (a backup or an export). Try again when it has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit log's chain is broken at entry {entry}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {day}, {start}–{end}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
