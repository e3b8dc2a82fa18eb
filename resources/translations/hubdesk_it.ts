<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>End of project</source>
        <extracomment>injectable for tests: () -&gt; path or &quot;&quot; (a save-file dialog by default)</extracomment>
        <translation>Fine del progetto</translation>
    </message>
    <message>
        <source>Eligibility deadline</source>
        <translation>Termine di ammissibilità</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronoprogramma</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Stampa in PDF…</translation>
    </message>
    <message>
        <source>Timeline (drag a bar or its edges to change the months; Ctrl+wheel zooms)</source>
        <translation>Cronoprogramma (trascinare una barra o i suoi bordi per cambiare i mesi; Ctrl+rotellina per lo zoom)</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>Modifica attività %1</translation>
    </message>
    <message>
        <source>Reschedule activity %1</source>
        <translation>Ripianifica attività %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Rimuovi attività</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Sposta attività</translation>
    </message>
    <message>
        <source>Print timeline</source>
        <translation>Stampa cronoprogramma</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Cronoprogramma — %1</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Add deliverable</source>
        <extracomment>(field, new value) of one user edit</extracomment>
        <translation>Aggiungi prodotto</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>Rimuovi prodotto</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Ambito tematico</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobile</translation>
    </message>
    <message>
        <source>from month</source>
        <translation>dal mese</translation>
    </message>
    <message>
        <source>to month</source>
        <translation>al mese</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Prodotti attesi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nuovo prodotto</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The workspace cannot be opened:
%1</source>
        <translation>Impossibile aprire l&apos;area di lavoro:
%1</translation>
    </message>
    <message>
        <source>HubDesk opens the default workspace instead:
%1</source>
        <translation>HubDesk apre al suo posto l&apos;area di lavoro predefinita:
%1</translation>
    </message>
</context>
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Applicant</source>
        <translation>Ente proponente</translation>
    </message>
    <message>
        <source>The municipality that submits the proposal, its legal representative and the person responsible for the procedure (RUP).</source>
        <translation>Il Comune che presenta la proposta, il suo legale rappresentante e il responsabile unico del procedimento (RUP).</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Comune di …</source>
        <translation>Comune di …</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>Denominazione dell&apos;ente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Population source</source>
        <translation>Fonte della popolazione</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>Joint proposal of the three BAT co-capitals (Barletta, Andria, Trani)</source>
        <translation>Proposta congiunta dei tre capoluoghi BAT (Barletta, Andria, Trani)</translation>
    </message>
    <message>
        <source>Joint BAT</source>
        <translation>Proposta congiunta BAT</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legale rappresentante</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Representative&apos;s fiscal code</source>
        <translation>Codice fiscale del legale rappresentante</translation>
    </message>
    <message>
        <source>Person responsible for the procedure (RUP)</source>
        <translation>Responsabile unico del procedimento (RUP)</translation>
    </message>
    <message>
        <source>RUP name</source>
        <translation>Nome del RUP</translation>
    </message>
    <message>
        <source>RUP fiscal code</source>
        <translation>Codice fiscale del RUP</translation>
    </message>
    <message>
        <source>RUP e-mail</source>
        <translation>E-mail del RUP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>RUP phone</source>
        <translation>Telefono del RUP</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Change municipality</source>
        <translation>Cambio del Comune</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Riferito a</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>(nothing in particular)</source>
        <translation>(nessun elemento)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>Attachments</source>
        <extracomment>injectable for tests: () -&gt; list of paths ([] when cancelled) injectable for tests: QUrl -&gt; bool the temporary copy handed to the system viewer last</extracomment>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Sostituisci file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Accepted: PDF, signed PDF (.p7m), PNG, JPEG, ODT, ODS, DOCX, XLSX.</source>
        <translation>Trascinare qui i file da allegare. Formati ammessi: PDF, PDF firmato (.p7m), PNG, JPEG, ODT, ODS, DOCX, XLSX.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Archiviazione di %1 in corso…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Allega %n file</numerusform>
            <numerusform>Allega %n file</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace file of %1</source>
        <translation>Sostituisci il file di %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Rimuovi allegato</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>Line</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Amount (net)</source>
        <translation>Importo (netto)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>VAT recov.</source>
        <translation>IVA recup.</translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation>Costo ammissibile</translation>
    </message>
    <message>
        <source>Eligible cost = amount + VAT when VAT is not recoverable, else the amount alone</source>
        <translation>Costo ammissibile = importo + IVA se l&apos;IVA non è recuperabile, altrimenti il solo importo</translation>
    </message>
    <message>
        <source>Edit VAT recoverable</source>
        <translation>Modifica IVA recuperabile</translation>
    </message>
</context>
<context>
    <name>BudgetOps</name>
    <message>
        <source>Row %1, column %2: “%3” is not a valid value.</source>
        <translation>Riga %1, colonna %2: «%3» non è un valore valido.</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget lines</source>
        <translation>Voci del piano finanziario</translation>
    </message>
    <message>
        <source>Filter lines (any column)…</source>
        <translation>Filtra le voci (qualsiasi colonna)…</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Filtra le voci</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Aggiungi voce</translation>
    </message>
    <message>
        <source>Add a budget line (Insert)</source>
        <translation>Aggiungi una voce di spesa (Ins)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Duplicate the selected lines (Ctrl+D)</source>
        <translation>Duplica le voci selezionate (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected lines (Delete)</source>
        <translation>Elimina le voci selezionate (Canc)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the selected cells for a spreadsheet (Ctrl+C)</source>
        <translation>Copia le celle selezionate per un foglio di calcolo (Ctrl+C)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation>Incolla celle copiate da un foglio di calcolo (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Aggiungi voce di spesa</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n budget line(s)</source>
        <translation>
            <numerusform>Duplica %n voci di spesa</numerusform>
            <numerusform>Duplica %n voci di spesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n budget line(s)</source>
        <translation>
            <numerusform>Elimina %n voci di spesa</numerusform>
            <numerusform>Elimina %n voci di spesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Incolla %n righe</numerusform>
            <numerusform>Incolla %n righe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Eligible cost (€)</source>
        <translation>Costo ammissibile (€)</translation>
    </message>
    <message>
        <source>Select a total to see the lines and the formula that make it.</source>
        <translation>Selezionare un totale per vedere le voci e la formula che lo compongono.</translation>
    </message>
    <message>
        <source>Limits of the call</source>
        <translation>Limiti del bando</translation>
    </message>
    <message>
        <source>Eligible cost by category and fund</source>
        <translation>Costo ammissibile per categoria e fondo</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Explanation of the selected total</source>
        <translation>Spiegazione del totale selezionato</translation>
    </message>
    <message>
        <source>How this number is made</source>
        <translation>Come si ottiene questo numero</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 su %2 (%3 %)</translation>
    </message>
    <message>
        <source>Requested grant vs ceiling</source>
        <translation>Contributo richiesto rispetto al massimale</translation>
    </message>
    <message>
        <source>ESF share of the grant (allowed %1–%2 %)</source>
        <translation>Quota FSE del contributo (ammessa %1–%2 %)</translation>
    </message>
    <message>
        <source>Requested grant (ERDF + ESF)</source>
        <translation>Contributo richiesto (FESR + FSE)</translation>
    </message>
    <message>
        <source>The requested grant is the eligible cost of the ERDF and ESF lines; co-financing comes on top.</source>
        <translation>Il contributo richiesto è il costo ammissibile delle voci FESR e FSE; il cofinanziamento si aggiunge.</translation>
    </message>
    <message>
        <source>Total eligible cost (with co-financing)</source>
        <translation>Costo ammissibile totale (con cofinanziamento)</translation>
    </message>
    <message>
        <source>By fund</source>
        <translation>Per fondo</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <source>By beneficiary</source>
        <translation>Per beneficiario</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>Per attività</translation>
    </message>
    <message numerus="yes">
        <source>Each term is a budget line&apos;s eligible cost: amount + VAT when VAT is not recoverable, else the amount alone (%n line(s)).</source>
        <translation>
            <numerusform>Ogni termine è il costo ammissibile di una voce: importo + IVA se l&apos;IVA non è recuperabile, altrimenti il solo importo (%n voci).</numerusform>
            <numerusform>Ogni termine è il costo ammissibile di una voce: importo + IVA se l&apos;IVA non è recuperabile, altrimenti il solo importo (%n voci).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare versions</source>
        <translation>Confronta versioni</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Versione A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Versione B</translation>
    </message>
    <message>
        <source>Amounts only</source>
        <translation>Solo importi</translation>
    </message>
    <message>
        <source>Texts only</source>
        <translation>Solo testi</translation>
    </message>
    <message>
        <source>Changes table (PDF)…</source>
        <translation>Prospetto delle modifiche (PDF)…</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Item and field</source>
        <translation>Elemento e campo</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>Variazione importo</translation>
    </message>
    <message>
        <source>Value in version A</source>
        <translation>Valore nella versione A</translation>
    </message>
    <message>
        <source>Value in version B</source>
        <translation>Valore nella versione B</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Bozza attuale</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versione %1 (%2)</translation>
    </message>
    <message>
        <source>Package or document file…</source>
        <translation>File di pacchetto o documento…</translation>
    </message>
    <message>
        <source>Package or document to compare</source>
        <translation>Pacchetto o documento da confrontare</translation>
    </message>
    <message>
        <source>Requested grant (ERDF + ESF)</source>
        <translation>Contributo richiesto (FESR + FSE)</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Attività %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Comune proponente</translation>
    </message>
    <message>
        <source>Beneficiary %1</source>
        <translation>Beneficiario %1</translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation>Costo ammissibile</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>No differences between the two versions.</source>
        <translation>Nessuna differenza tra le due versioni.</translation>
    </message>
    <message>
        <source>%1 changes, %2 shown. Double-click a change to open the field.</source>
        <translation>%1 modifiche, %2 mostrate. Doppio clic su una modifica per aprire il campo.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (sola lettura)</translation>
    </message>
    <message>
        <source>Save the changes table</source>
        <translation>Salva il prospetto delle modifiche</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Reload the dossier</source>
        <extracomment>the actions refused while in conflict, oldest first</extracomment>
        <translation>Ricarica il dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Your text, not saved</source>
        <translation>Il tuo testo, non salvato</translation>
    </message>
    <message>
        <source>Copy your text</source>
        <translation>Copia il tuo testo</translation>
    </message>
    <message>
        <source>Reloaded with the other change. Your text below was NOT saved: apply it again if needed.</source>
        <translation>Ricaricato con l&apos;altra modifica. Il tuo testo qui sotto NON è stato salvato: riapplicalo se serve.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2:</source>
        <translation>Modificato da %1 alle %2:</translation>
    </message>
    <message>
        <source>Changed by %1:</source>
        <translation>Modificato da %1:</translation>
    </message>
    <message>
        <source>Changed in another window or program at %1:</source>
        <translation>Modificato in un&apos;altra finestra o da un altro programma alle %1:</translation>
    </message>
    <message>
        <source>Changed in another window or program:</source>
        <translation>Modificato in un&apos;altra finestra o da un altro programma:</translation>
    </message>
    <message>
        <source>reload to see the change; your text stays below.</source>
        <translation>ricarica per vedere la modifica; il tuo testo resta qui sotto.</translation>
    </message>
    <message>
        <source>reload to see the change, then repeat your edit (it was NOT saved).</source>
        <translation>ricarica per vedere la modifica, poi ripeti la tua (NON è stata salvata).</translation>
    </message>
    <message>
        <source>Your text, not saved (%1):</source>
        <translation>Il tuo testo, non salvato (%1):</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n suggerimento</numerusform>
            <numerusform>%n suggerimenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>HubDesk: unexpected error</source>
        <translation>HubDesk: errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong. Edits shown as «Saved» are stored in the workspace; the action that failed may not have been saved.
Please copy this report and send it to the HubDesk developers.</source>
        <translation>Si è verificato un errore imprevisto. Le modifiche indicate come «Salvato» sono nell&apos;area di lavoro; l&apos;azione non riuscita potrebbe non essere stata salvata.
Copiare questo rapporto e inviarlo agli sviluppatori di HubDesk.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copia il rapporto</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Signed packages (*.asice *.sce);;All files (*)</source>
        <extracomment>the last message shown (kind, text): tests read it instead of hunting for a QMessageBox injectable pickers (a test assigns a lambda returning a path)</extracomment>
        <translation>Pacchetti firmati (*.asice *.sce);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Dossiers (*.hubdesk.zip *.zip *.json *.asice);;All files (*)</source>
        <translation>Dossier (*.hubdesk.zip *.zip *.json *.asice);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Dossier with attachments (*.hubdesk.zip);;Document only, without attachments (*.json)</source>
        <translation>Dossier con allegati (*.hubdesk.zip);;Solo il documento, senza allegati (*.json)</translation>
    </message>
    <message>
        <source>HubDesk workspaces (*.sqlite3);;All files (*)</source>
        <translation>Archivi HubDesk (*.sqlite3);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>DocTable</name>
    <message>
        <source>Edit %1</source>
        <extracomment>the document field a column shows (&quot;&quot; for derived columns) the whole item (dict) of the row derived text for display (read-only columns of master lists); None shows ``row[field]`` (ops, description) of one user edit show the row&apos;s worst issue as an icon in the first column, its messages as the row&apos;s tooltip</extracomment>
        <translation>Modifica %1</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>Clone dossier</source>
        <translation>Duplicazione del dossier</translation>
    </message>
    <message>
        <source>Archive dossier</source>
        <translation>Archivia il dossier</translation>
    </message>
    <message>
        <source>Bring dossier back from the archive</source>
        <translation>Riporta il dossier dall&apos;archivio</translation>
    </message>
    <message>
        <source>Dossier archived: choose “Archived” in the filter to see it.</source>
        <translation>Dossier archiviato: scegliere «Archiviati» nel filtro per vederlo.</translation>
    </message>
    <message>
        <source>Dossier back among the active ones.</source>
        <translation>Il dossier è di nuovo tra quelli attivi.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back while HubDesk stays open.</source>
        <translation>Annulla (Ctrl+Z) lo riporta indietro finché HubDesk resta aperto.</translation>
    </message>
    <message>
        <source>Delete the dossier?</source>
        <translation>Eliminare il dossier?</translation>
    </message>
    <message>
        <source>Delete dossier</source>
        <translation>Eliminazione del dossier</translation>
    </message>
    <message>
        <source>Dossier deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Dossier eliminato. Annulla (Ctrl+Z) lo ripristina.</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z) brings it back while HubDesk stays open.</source>
        <translation>Ripeti (Ctrl+Maiusc+Z) lo riporta indietro finché HubDesk resta aperto.</translation>
    </message>
    <message>
        <source>Undo the clone?</source>
        <translation>Annullare la duplicazione?</translation>
    </message>
    <message>
        <source>“%1” will be removed from the list, with %2.</source>
        <translation>«%1» sarà tolto dall&apos;elenco, con %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>%n modifica salvata</numerusform>
            <numerusform>%n modifiche salvate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frozen version(s)</source>
        <translation>
            <numerusform>%n versione congelata</numerusform>
            <numerusform>%n versioni congelate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) built</source>
        <translation>
            <numerusform>%n pacchetto generato</numerusform>
            <numerusform>%n pacchetti generati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>ERDF requested</source>
        <translation>FESR richiesto</translation>
    </message>
    <message>
        <source>ESF requested</source>
        <translation>FSE richiesto</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierTransfer</name>
    <message>
        <source>Import a dossier</source>
        <translation>Importa un dossier</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importazione rifiutata</translation>
    </message>
    <message>
        <source>Dossier imported.</source>
        <translation>Dossier importato.</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Esporta il dossier</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Open a signed package</source>
        <translation>Apri un pacchetto firmato</translation>
    </message>
    <message>
        <source>Open a folder of signed packages</source>
        <translation>Apri una cartella di pacchetti firmati</translation>
    </message>
</context>
<context>
    <name>DraftPreviewWindow</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>PDF preview (draft, not valid for submission)</source>
        <translation>Anteprima PDF (bozza, non valida per l&apos;invio)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparazione del PDF…</translation>
    </message>
    <message>
        <source>Draft with %1 open error(s): every page is marked as not valid for submission.</source>
        <translation>Bozza con errori aperti (%1): ogni pagina è contrassegnata come non valida per l&apos;invio.</translation>
    </message>
    <message>
        <source>Draft: every page is marked as not valid for submission.</source>
        <translation>Bozza: ogni pagina è contrassegnata come non valida per l&apos;invio.</translation>
    </message>
    <message>
        <source>The PDF could not be prepared: %1</source>
        <translation>Impossibile preparare il PDF: %1</translation>
    </message>
    <message>
        <source>Save the draft PDF</source>
        <translation>Salva il PDF di bozza</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Anteprima PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
</context>
<context>
    <name>EditorLiveUpdates</name>
    <message>
        <source>Updated: changed by %1 at %2.</source>
        <extracomment>how long the note stays</extracomment>
        <translation>Aggiornato: modificato da %1 alle %2.</translation>
    </message>
    <message>
        <source>Updated: changed by %1.</source>
        <translation>Aggiornato: modificato da %1.</translation>
    </message>
    <message>
        <source>Updated: changed in another window at %1.</source>
        <translation>Aggiornato: modificato in un&apos;altra finestra alle %1.</translation>
    </message>
    <message>
        <source>Updated: changed in another window.</source>
        <translation>Aggiornato: modificato in un&apos;altra finestra.</translation>
    </message>
    <message>
        <source>%1 moved this dossier to the trash.</source>
        <translation>%1 ha spostato questo dossier nel cestino.</translation>
    </message>
    <message>
        <source>This dossier was moved to the trash in another window.</source>
        <translation>Questo dossier è stato spostato nel cestino in un&apos;altra finestra.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Every change is saved at once.</source>
        <extracomment>the stored dossier changed (the library refreshes its row) the one thread that waits on the database for this window (busy commits, version polling)</extracomment>
        <translation>Ogni modifica viene salvata subito.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Re&amp;load from the workspace</source>
        <translation>Ri&amp;carica dall&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Go to the first &amp;problem</source>
        <translation>Vai al primo &amp;problema</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Type the first letters of a section to go there.</source>
        <translation>Digitare le prime lettere di una sezione per andarci.</translation>
    </message>
    <message>
        <source>Saved (version %1)</source>
        <translation>Salvato (versione %1)</translation>
    </message>
    <message>
        <source>Dossier changed elsewhere</source>
        <translation>Dossier modificato altrove</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>Valore non accettato</translation>
    </message>
    <message>
        <source>NOT saved: %1</source>
        <translation>NON salvato: %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modifica non salvata</translation>
    </message>
    <message>
        <source>The last change was NOT saved:
%1

What you typed is still on screen: solve the problem and edit the field again to save it.</source>
        <translation>L&apos;ultima modifica NON è stata salvata:
%1

Il testo inserito è ancora sullo schermo: risolvere il problema e modificare di nuovo il campo per salvarlo.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problemi: %1</translation>
    </message>
    <message>
        <source>PDF &amp;preview</source>
        <translation>&amp;Anteprima PDF</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Confronta versioni…</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Choose a municipality from the list of Puglia municipalities.</source>
        <translation>Scegliere un Comune dall&apos;elenco dei Comuni pugliesi.</translation>
    </message>
    <message>
        <source>%1 is a provincial capital: eligible in the first phase of the negotiated procedure.</source>
        <translation>%1 è capoluogo di provincia: ammesso nella prima fase della procedura negoziale.</translation>
    </message>
    <message>
        <source>%1 has more than %2 residents: eligible in the second phase of the negotiated procedure (after the provincial capitals).</source>
        <translation>%1 supera i %2 abitanti: ammesso nella seconda fase della procedura negoziale (dopo i capoluoghi).</translation>
    </message>
    <message>
        <source>%1 is not a provincial capital and does not exceed %2 residents: not eligible.</source>
        <translation>%1 non è capoluogo di provincia e non supera i %2 abitanti: non ammissibile.</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Wrong length</source>
        <translation>Lunghezza errata</translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation>Formato errato</translation>
    </message>
    <message>
        <source>Wrong check digit</source>
        <translation>Carattere di controllo errato</translation>
    </message>
    <message>
        <source>Impossible code (office or birth date)</source>
        <translation>Codice impossibile (ufficio o data di nascita)</translation>
    </message>
    <message>
        <source>Invalid code</source>
        <translation>Codice non valido</translation>
    </message>
    <message>
        <source>Not a valid e-mail / PEC address</source>
        <translation>Indirizzo e-mail / PEC non valido</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Property %1</source>
        <extracomment>a list item: &quot;%1&quot; is its 1-based position</extracomment>
        <translation>Immobile %1</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Attività %1</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>Voce di spesa %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicatore %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Allegato %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immobili</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Piano finanziario</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legale rappresentante</translation>
    </message>
    <message>
        <source>RUP</source>
        <translation>RUP</translation>
    </message>
    <message>
        <source>Cadastre</source>
        <translation>Catasto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>Codice ISTAT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Population source</source>
        <translation>Fonte della popolazione</translation>
    </message>
    <message>
        <source>Joint BAT proposal</source>
        <translation>Proposta congiunta BAT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Nome dell&apos;hub</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Aree tematiche</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di avvio</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Durata in mesi</translation>
    </message>
    <message>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Catasto (registro)</translation>
    </message>
    <message>
        <source>Cadastral municipality code</source>
        <translation>Codice catastale del Comune</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Particella</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>Subalterno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Estremi</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Current use</source>
        <translation>Uso attuale</translation>
    </message>
    <message>
        <source>Planned use</source>
        <translation>Uso previsto</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Interventi previsti</translation>
    </message>
    <message>
        <source>Public funding in the last 10 years</source>
        <translation>Finanziamenti pubblici negli ultimi 10 anni</translation>
    </message>
    <message>
        <source>Derelict site</source>
        <translation>Area dismessa</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma giuridica</translation>
    </message>
    <message>
        <source>RUNTS section</source>
        <translation>Sezione RUNTS</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Area tematica</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobile</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mese di inizio</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>Mese di fine</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Prodotti attesi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>VAT recoverable</source>
        <translation>IVA recuperabile</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità di misura</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valore obiettivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Riferito a</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n. %1</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>months %1-%2</source>
        <extracomment>(row, start_month, end_month) after a drag, emitted once on release False in read-only mode: bars can be clicked (to select) but not dragged</extracomment>
        <translation>mesi %1-%2</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>ha errori</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>ha avvisi</translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <source>within the limits</source>
        <translation>entro i limiti</translation>
    </message>
    <message>
        <source>outside the limits</source>
        <translation>fuori dai limiti</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>HubDesk manual</source>
        <translation>Manuale di HubDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;HubDesk %1&lt;/b&gt;&lt;br&gt;Proposals for the Puglia call “Social innovation hubs” (ERDF + ESF), checked while you type and submitted as a signed package.&lt;br&gt;Licence: EUPL-1.2.</source>
        <translation>&lt;b&gt;HubDesk %1&lt;/b&gt;&lt;br&gt;Proposte per il bando pugliese «Hub di innovazione sociale» (FESR + FSE), verificate mentre si scrive e inviate come pacchetto firmato.&lt;br&gt;Licenza: EUPL-1.2.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuale</translation>
    </message>
    <message>
        <source>&amp;About HubDesk</source>
        <translation>&amp;Informazioni su HubDesk</translation>
    </message>
    <message>
        <source>About HubDesk</source>
        <translation>Informazioni su HubDesk</translation>
    </message>
</context>
<context>
    <name>ImportPackage</name>
    <message>
        <source>Import a signed package</source>
        <translation>Importa un pacchetto firmato</translation>
    </message>
    <message>
        <source>Create an editable copy of this dossier in the workspace?</source>
        <translation>Creare una copia modificabile di questo dossier nell&apos;area di lavoro?</translation>
    </message>
    <message>
        <source>Create the copy</source>
        <translation>Crea la copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The package could not be verified: a copy would hold a dossier that nobody can vouch for. Create it anyway?</source>
        <translation>Non è stato possibile verificare il pacchetto: la copia conterrebbe un dossier di cui nessuno può garantire la provenienza. Crearla comunque?</translation>
    </message>
    <message>
        <source>Create an unverified copy</source>
        <translation>Crea una copia non verificata</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità di misura</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valore obiettivo</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Aggiungi indicatore</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Rimuovi indicatore</translation>
    </message>
</context>
<context>
    <name>Leftovers</name>
    <message>
        <source>These values belonged to the previous choice. Clear them in the same step?</source>
        <translation>Questi dati appartenevano alla scelta precedente. Svuotarli nello stesso passaggio?</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>Svuotali</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Mantienili</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;Nuovo dossier…</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Apri dossier</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Apri la &amp;demo</translation>
    </message>
    <message>
        <source>Open signed &amp;package…</source>
        <translation>Apri &amp;pacchetto firmato…</translation>
    </message>
    <message>
        <source>Open &amp;folder of packages…</source>
        <translation>Apri &amp;cartella di pacchetti…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>Apri a&amp;rchivio…</translation>
    </message>
    <message>
        <source>Create w&amp;orkspace…</source>
        <translation>Crea arc&amp;hivio…</translation>
    </message>
    <message>
        <source>Open s&amp;hared workspace…</source>
        <translation>Apri archivio condi&amp;viso…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Archivio</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Archivi &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Archivio</translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Riporta dall&apos;archivio</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Search municipality, title or acronym…</source>
        <extracomment>called with each window this one opens (file drops are accepted on every window)</extracomment>
        <translation>Cerca per Comune, titolo o acronimo…</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Tutti i dossier</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Con errori</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Solo avvisi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronti</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviati</translation>
    </message>
    <message>
        <source>%1 dossiers · ERDF requested %2 · ESF requested %3 · workspace %4</source>
        <translation>%1 dossier · FESR richiesto %2 · FSE richiesto %3 · archivio %4</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Apri un archivio</translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation>Crea un archivio</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossibile aprire l&apos;archivio</translation>
    </message>
    <message>
        <source>%1 — HubDesk</source>
        <translation>%1 — HubDesk</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Add</source>
        <extracomment>translation context of the column titles</extracomment>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Aggiunta di un elemento</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(copia)</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Duplicazione di un elemento</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Rimozione di un elemento</translation>
    </message>
    <message>
        <source>Reorder items</source>
        <translation>Riordino degli elementi</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>Amount not recognised: “%1”. Type for example 1,234.50 or 1234.50 (comma for thousands, dot for decimals, at most two decimals).</source>
        <translation>Importo non riconosciuto: «%1». Scrivere ad esempio 1.234,50 oppure 1234,50 (punto per le migliaia, virgola per i decimali, al massimo due decimali).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un importo non può essere negativo.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Type the name of the municipality…</source>
        <translation>Digitare il nome del Comune…</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <source>New dossier</source>
        <translation>Nuovo dossier</translation>
    </message>
    <message>
        <source>Choose the applicant municipality. Provincial capitals and municipalities with more than 20,000 residents may apply.</source>
        <translation>Scegliere il Comune proponente. Possono partecipare i capoluoghi di provincia e i Comuni con più di 20.000 abitanti.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then choose from the list.</source>
        <translation>Digitare alcune lettere del nome, poi scegliere dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Create dossier</source>
        <translation>Crea il dossier</translation>
    </message>
    <message>
        <source>You can still create the dossier: the check will list this as an error.</source>
        <translation>Il dossier si può comunque creare: la verifica lo segnalerà come errore.</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>File not found:
%1</source>
        <translation>File non trovato:
%1</translation>
    </message>
    <message>
        <source>HubDesk opens submission packages (.asice) and dossier documents (.json), not:
%1</source>
        <translation>HubDesk apre i pacchetti di candidatura (.asice) e i documenti dei dossier (.json), non:
%1</translation>
    </message>
    <message>
        <source>The reviewer view is not part of this build yet.
Check the package from the command line:
hubdesk package verify %1</source>
        <translation>La vista di verifica non è ancora presente in questa versione.
Verificare il pacchetto dalla riga di comando:
hubdesk package verify %1</translation>
    </message>
    <message>
        <source>Import the dossier in “%1” into this workspace?</source>
        <translation>Importare il dossier contenuto in «%1» in questa area di lavoro?</translation>
    </message>
    <message>
        <source>Import a dossier</source>
        <translation>Importa un dossier</translation>
    </message>
</context>
<context>
    <name>PackageWindow</name>
    <message>
        <source>Package %1 — HubDesk</source>
        <translation>Pacchetto %1 — HubDesk</translation>
    </message>
    <message>
        <source>Verifying the package…</source>
        <translation>Verifica del pacchetto in corso…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrità</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Call rules</source>
        <translation>Regole del bando</translation>
    </message>
    <message>
        <source>Reading the proposal…</source>
        <translation>Lettura della proposta…</translation>
    </message>
    <message>
        <source>Proposal (read-only)</source>
        <translation>Proposta (sola lettura)</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF firmato</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Save the &amp;verification sheet (PDF)…</source>
        <translation>Salva la &amp;scheda di verifica (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Pacchetto</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Ente proponente</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation>Codice ISTAT</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
    </message>
    <message>
        <source>ERDF requested</source>
        <translation>FESR richiesto</translation>
    </message>
    <message>
        <source>ESF requested</source>
        <translation>FSE richiesto</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmatario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emesso da</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validità del certificato</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legale rappresentante</translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation>Ora di firma (dichiarata)</translation>
    </message>
    <message>
        <source>Trust used</source>
        <translation>Fiducia usata</translation>
    </message>
    <message>
        <source>Signatures in the package</source>
        <translation>Firme nel pacchetto</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemi e note</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>no trusted authority configured: add one in Settings or with «hubdesk trust add»</source>
        <translation>nessuna autorità attendibile configurata: aggiungerne una in Impostazioni o con «hubdesk trust add»</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>aggiornata al %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>integro</translation>
    </message>
    <message>
        <source>MODIFIED after signing</source>
        <translation>MODIFICATO dopo la firma</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANCANTE</translation>
    </message>
    <message>
        <source>NOT SIGNED</source>
        <translation>NON FIRMATO</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Call rules (%1)</source>
        <translation>Regole del bando (%1)</translation>
    </message>
    <message>
        <source>The package holds no readable proposal.</source>
        <translation>Il pacchetto non contiene una proposta leggibile.</translation>
    </message>
    <message>
        <source>The proposal cannot be shown.</source>
        <translation>Impossibile mostrare la proposta.</translation>
    </message>
    <message>
        <source>The proposal as the package carries it; nothing can be changed here.</source>
        <translation>La proposta come la contiene il pacchetto; qui non si può modificare nulla.</translation>
    </message>
    <message>
        <source>Save the verification sheet</source>
        <translation>Salva la scheda di verifica</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the sheet</source>
        <translation>Impossibile salvare la scheda</translation>
    </message>
    <message>
        <source>Verification sheet saved: %1</source>
        <translation>Scheda di verifica salvata: %1</translation>
    </message>
</context>
<context>
    <name>PartnerPickerDialog</name>
    <message>
        <source>Add a partner from the workspace</source>
        <translation>Aggiungi un partner dall&apos;archivio</translation>
    </message>
    <message>
        <source>Search by name or fiscal code…</source>
        <translation>Cerca per denominazione o codice fiscale…</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Add from workspace…</source>
        <extracomment>injectable: (parent, [(municipality, partner)]) -&gt; partner dict or None</extracomment>
        <translation>Aggiungi dall&apos;archivio…</translation>
    </message>
    <message>
        <source>Reuse a partner already entered in another dossier</source>
        <translation>Riutilizza un partner già inserito in un altro dossier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Denominazione del partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma giuridica</translation>
    </message>
    <message>
        <source>— not registered —</source>
        <translation>— non iscritto —</translation>
    </message>
    <message>
        <source>RUNTS section</source>
        <translation>Sezione RUNTS</translation>
    </message>
    <message>
        <source>Section of the national third-sector register (RUNTS)</source>
        <translation>Sezione del Registro unico nazionale del Terzo settore (RUNTS)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>PEC address</source>
        <translation>Indirizzo PEC</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>What the partner does in the hub</source>
        <translation>Che cosa fa il partner nell&apos;hub</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Ruolo nel progetto</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nome del referente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail del referente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefono del referente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No partner yet. Press “Add”, or reuse one from another dossier.</source>
        <translation>Nessun partner. Premere “Aggiungi” oppure riutilizzarne uno da un altro dossier.</translation>
    </message>
    <message>
        <source>Add partner from workspace</source>
        <translation>Aggiunta di un partner dall&apos;archivio</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>Pagina %1…</translation>
    </message>
    <message>
        <source>The PDF cannot be shown: %1</source>
        <translation>Impossibile mostrare il PDF: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
</context>
<context>
    <name>PropertiesPage</name>
    <message>
        <source>Buildings register (fabbricati)</source>
        <translation>Catasto fabbricati</translation>
    </message>
    <message>
        <source>Land register (terreni)</source>
        <translation>Catasto terreni</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Immobile</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Denominazione dell&apos;immobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Derelict or abandoned site</source>
        <translation>Sito degradato o abbandonato</translation>
    </message>
    <message>
        <source>Derelict site</source>
        <translation>Sito degradato</translation>
    </message>
    <message>
        <source>Received public funding in the last 10 years</source>
        <translation>Ha ricevuto finanziamenti pubblici negli ultimi 10 anni</translation>
    </message>
    <message>
        <source>Public funding</source>
        <translation>Finanziamenti pubblici</translation>
    </message>
    <message>
        <source>Cadastral reference</source>
        <translation>Riferimenti catastali</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Catasto</translation>
    </message>
    <message>
        <source>Cadastral municipality code</source>
        <translation>Codice catastale del Comune</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Codice catastale</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Sheet (foglio)</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Parcel (particella)</source>
        <translation>Particella</translation>
    </message>
    <message>
        <source>Subordinate (subalterno)</source>
        <translation>Subalterno</translation>
    </message>
    <message>
        <source>Owner and availability</source>
        <translation>Proprietà e disponibilità</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Denominazione del proprietario</translation>
    </message>
    <message>
        <source>Owner fiscal code</source>
        <translation>Codice fiscale del proprietario</translation>
    </message>
    <message>
        <source>Availability title</source>
        <translation>Titolo di disponibilità</translation>
    </message>
    <message>
        <source>e.g. agreement no. 12 of 03/02/2020</source>
        <translation>es. convenzione n. 12 del 03/02/2020</translation>
    </message>
    <message>
        <source>Availability reference</source>
        <translation>Estremi del titolo di disponibilità</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Estremi</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponibile fino al</translation>
    </message>
    <message>
        <source>Uses and works</source>
        <translation>Usi e lavori</translation>
    </message>
    <message>
        <source>Current use</source>
        <translation>Uso attuale</translation>
    </message>
    <message>
        <source>Planned use</source>
        <translation>Uso previsto</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Lavori</translation>
    </message>
    <message>
        <source>Cadastre</source>
        <translation>Catasto</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Superficie m²</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immobili</translation>
    </message>
    <message>
        <source>No property yet. Press “Add” to describe the building to repurpose.</source>
        <translation>Nessun immobile. Premere “Aggiungi” per descrivere l&apos;edificio da rifunzionalizzare.</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>What the hub is, what it wants to achieve, for whom, and when.</source>
        <translation>Che cos&apos;è l&apos;hub, che cosa vuole ottenere, per chi e in quali tempi.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identificazione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Nome dell&apos;hub</translation>
    </message>
    <message>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Codice Unico di Progetto, if already assigned</source>
        <translation>Codice Unico di Progetto, se già assegnato</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>One target group per line</source>
        <translation>Un gruppo di destinatari per riga</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Ambiti tematici</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di avvio</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 di %2 caratteri</translation>
    </message>
</context>
<context>
    <name>ReadOnlySections</name>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Version / package</source>
        <translation>Versione / pacchetto</translation>
    </message>
    <message>
        <source>Date and time (UTC)</source>
        <translation>Data e ora (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 of the package</source>
        <translation>SHA-256 del pacchetto</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmatario</translation>
    </message>
    <message>
        <source>Saved in</source>
        <translation>Salvato in</translation>
    </message>
    <message>
        <source>Packages built: %1</source>
        <translation>Pacchetti generati: %1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Applicant</source>
        <extracomment>the sections that show the document&apos;s content (all but &quot;Check and submit&quot;)</extracomment>
        <translation>Ente proponente</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immobili</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariato</translation>
    </message>
    <message>
        <source>Activities and timeline</source>
        <translation>Attività e cronoprogramma</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Piano finanziario</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Verifica e invio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>If empty: %1</source>
        <translation>Se vuoto: %1</translation>
    </message>
    <message>
        <source>Recorded with every change you make and shown to colleagues working on the same dossier.</source>
        <translation>Registrato con ogni modifica che fai e mostrato ai colleghi che lavorano sullo stesso dossier.</translation>
    </message>
    <message>
        <source>Same as the system (Italian unless the system is English)</source>
        <translation>Come il sistema (italiano, salvo sistema in inglese)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The new language applies the next time HubDesk starts.</source>
        <translation>La nuova lingua si applica al prossimo avvio di HubDesk.</translation>
    </message>
    <message>
        <source>Trusted authorities
(package verification)</source>
        <translation>Autorità attendibili
(verifica dei pacchetti)</translation>
    </message>
</context>
<context>
    <name>SharedWorkspaceDialog</name>
    <message>
        <source>Open shared workspace</source>
        <extracomment>opens the workspace (url, password or None, author or None); replaced in tests</extracomment>
        <translation>Apri archivio condiviso</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server, shared with colleagues: everyone sees the others&apos; changes within seconds.</source>
        <translation>Un archivio su un server PostgreSQL, condiviso con i colleghi: ognuno vede in pochi secondi le modifiche degli altri.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>name or address of the server</source>
        <translation>nome o indirizzo del server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or the .pgpass file</source>
        <translation>vuota: da PGPASSWORD o dal file .pgpass</translation>
    </message>
    <message>
        <source>The password is never saved: it is asked again next time.</source>
        <translation>La password non viene mai salvata: sarà chiesta di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Wrong password: type it again.</source>
        <translation>Password errata: scriverla di nuovo.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it above and connect again.</source>
        <translation>Il server chiede una password: scriverla qui sopra e connettersi di nuovo.</translation>
    </message>
    <message>
        <source>The server %1 (port %2) does not answer: check its name and port, the network, or that the server is switched on. If it goes on, ask the administrator.</source>
        <translation>Il server %1 (porta %2) non risponde: controllare nome e porta, la rete o che il server sia acceso. Se il problema continua, rivolgersi all&apos;amministratore.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Certificate file (.p12, .pfx)</source>
        <translation>File del certificato (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Smart card or USB token (PKCS#11)</source>
        <translation>Smart card o chiavetta USB (PKCS#11)</translation>
    </message>
    <message>
        <source>Choose the certificate file…</source>
        <translation>Scegliere il file del certificato…</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>File del certificato</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>optional: label of the signing key</source>
        <translation>facoltativo: etichetta della chiave di firma</translation>
    </message>
    <message>
        <source>Read devices</source>
        <translation>Leggi dispositivi</translation>
    </message>
    <message>
        <source>PKCS#11 library</source>
        <translation>Libreria PKCS#11</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library of your smart card.</source>
        <translation>Scegliere la libreria PKCS#11 della smart card.</translation>
    </message>
    <message>
        <source>Insert the smart card and press “Read devices”.</source>
        <translation>Inserire la smart card e premere «Leggi dispositivi».</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>Scegliere il file del certificato (.p12 o .pfx).</translation>
    </message>
    <message>
        <source>Smart card PIN</source>
        <translation>PIN della smart card</translation>
    </message>
    <message>
        <source>Type the PIN of the signing device:</source>
        <translation>Digitare il PIN del dispositivo di firma:</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Password del certificato</translation>
    </message>
    <message>
        <source>Type the password of the certificate file:</source>
        <translation>Digitare la password del file del certificato:</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificato di firma</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificati (*.p12 *.pfx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Smart card</source>
        <translation>Smart card</translation>
    </message>
    <message>
        <source>No signing device found.</source>
        <translation>Nessun dispositivo di firma trovato.</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Folder…</source>
        <translation>Cartella…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Build and sign the package</source>
        <translation>Genera e firma il pacchetto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Open read-only (PDF)</source>
        <translation>Apri in sola lettura (PDF)</translation>
    </message>
    <message>
        <source>File name: %1</source>
        <translation>Nome del file: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) first.</source>
        <translation>
            <numerusform>Correggere prima l&apos;errore.</numerusform>
            <numerusform>Correggere prima i %n errori.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the package.</source>
        <translation>
            <numerusform>Un errore blocca il pacchetto.</numerusform>
            <numerusform>%n errori bloccano il pacchetto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the problems panel and fix each error: the package can be built when none is left.</source>
        <translation>Aprire il pannello dei problemi e correggere ogni errore: il pacchetto si potrà generare quando non ne resterà nessuno.</translation>
    </message>
    <message>
        <source>The proposal meets every rule of the call.</source>
        <translation>La proposta rispetta tutte le regole del bando.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read before sending.</source>
        <translation>
            <numerusform>Un avviso da leggere prima dell&apos;invio.</numerusform>
            <numerusform>%n avvisi da leggere prima dell&apos;invio.</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Nessun avviso.</translation>
    </message>
    <message>
        <source>The destination folder cannot be created: %1</source>
        <translation>Impossibile creare la cartella di destinazione: %1</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <source>Package signed and saved.</source>
        <translation>Pacchetto firmato e salvato.</translation>
    </message>
    <message>
        <source>Package: %1
SHA-256: %2
Version %3 frozen.</source>
        <translation>Pacchetto: %1
SHA-256: %2
Versione %3 congelata.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annullato: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Package not built</source>
        <translation>Pacchetto non generato</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Versions and packages built</source>
        <translation>Versioni e pacchetti generati</translation>
    </message>
    <message>
        <source>Versions already exported and packages built</source>
        <translation>Versioni già esportate e pacchetti generati</translation>
    </message>
    <message>
        <source>Open the document read-only</source>
        <translation>Apri il documento in sola lettura</translation>
    </message>
    <message>
        <source>Version %1: proposal PDF (read-only)</source>
        <translation>Versione %1: PDF della proposta (sola lettura)</translation>
    </message>
    <message>
        <source>Version %1: document (read-only)</source>
        <translation>Versione %1: documento (sola lettura)</translation>
    </message>
    <message>
        <source>This certificate does not belong to the legal representative named in the dossier.</source>
        <translation>Questo certificato non è del legale rappresentante indicato nel dossier.</translation>
    </message>
    <message>
        <source>The cover of the proposal says it is signed by the legal representative. Sign with this certificate anyway?</source>
        <translation>La copertina della proposta dichiara che è firmata dal legale rappresentante. Firmare comunque con questo certificato?</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Firma comunque</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Non firmare</translation>
    </message>
    <message>
        <source>Waiting for your answer about the certificate…</source>
        <translation>In attesa della risposta sul certificato…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firma in corso…</translation>
    </message>
</context>
<context>
    <name>TriageModel</name>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>ISTAT</source>
        <translation>ISTAT</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmatario</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legale rappresentante</translation>
    </message>
    <message>
        <source>ERDF requested</source>
        <translation>FESR richiesto</translation>
    </message>
    <message>
        <source>ESF requested</source>
        <translation>FSE richiesto</translation>
    </message>
    <message>
        <source>Rule errors</source>
        <translation>Errori nelle regole</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicati</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>TriageWindow</name>
    <message>
        <source>Packages in %1 — HubDesk</source>
        <translation>Pacchetti in %1 — HubDesk</translation>
    </message>
    <message>
        <source>Verifying %1 packages…</source>
        <translation>Verifica di %1 pacchetti in corso…</translation>
    </message>
    <message>
        <source>No .asice package in this folder.</source>
        <translation>Nessun pacchetto .asice in questa cartella.</translation>
    </message>
    <message>
        <source>Search municipality, acronym, signer…</source>
        <translation>Cerca comune, acronimo, firmatario…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Tutti i pacchetti</translation>
    </message>
    <message>
        <source>Not valid or breaking the rules</source>
        <translation>Non validi o contrari alle regole</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Da controllare</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <source>&amp;Open package</source>
        <translation>&amp;Apri pacchetto</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Esporta in &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the &amp;summary sheet (PDF)…</source>
        <translation>Salva il &amp;riepilogo (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Cartella</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>%1 of %2 packages verified: %3 valid without remarks</source>
        <translation>%1 pacchetti su %2 verificati: %3 validi senza osservazioni</translation>
    </message>
    <message>
        <source>Export the triage table</source>
        <translation>Esporta la tabella di verifica</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Save the summary sheet</source>
        <translation>Salva il riepilogo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the sheet</source>
        <translation>Impossibile salvare la scheda</translation>
    </message>
    <message>
        <source>Summary sheet saved: %1</source>
        <translation>Riepilogo salvato: %1</translation>
    </message>
</context>
<context>
    <name>TrustStoreBox</name>
    <message>
        <source>Trusted certification authorities</source>
        <translation>Autorità di certificazione attendibili</translation>
    </message>
    <message>
        <source>Add certificates or trusted list…</source>
        <translation>Aggiungi certificati o lista di fiducia…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Aggiungi una cartella…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>No trusted authority: packages cannot be confirmed until one is added.</source>
        <translation>Nessuna autorità attendibile: i pacchetti non potranno essere confermati finché non se ne aggiunge una.</translation>
    </message>
    <message>
        <source>Certificates not added</source>
        <translation>Certificati non aggiunti</translation>
    </message>
    <message>
        <source>Add trusted certificates</source>
        <translation>Aggiungi certificati attendibili</translation>
    </message>
    <message>
        <source>Certificates and trusted lists (*.pem *.crt *.cer *.der *.xml);;All files (*)</source>
        <translation>Certificati e liste di fiducia (*.pem *.crt *.cer *.der *.xml);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add a folder of certificates</source>
        <translation>Aggiungi una cartella di certificati</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Not valid</source>
        <translation>Non valido</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indeterminato</translation>
    </message>
    <message>
        <source>Valid, breaks the call rules</source>
        <translation>Valido, ma contrario alle regole</translation>
    </message>
    <message>
        <source>Valid, to check</source>
        <translation>Valido, da controllare</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>Not valid: this package must not be accepted as it is</source>
        <translation>Non valido: questo pacchetto non può essere accettato così com&apos;è</translation>
    </message>
    <message>
        <source>Signature intact, but the signer cannot be confirmed with the trusted authorities</source>
        <translation>Firma integra, ma il firmatario non è confermato dalle autorità attendibili</translation>
    </message>
    <message>
        <source>Cannot be confirmed: the signature could not be fully checked</source>
        <translation>Non confermabile: la firma non ha potuto essere verificata completamente</translation>
    </message>
    <message>
        <source>Intact and signed, but the dossier breaks the call rules</source>
        <translation>Integro e firmato, ma il dossier non rispetta le regole del bando</translation>
    </message>
    <message>
        <source>Intact and signed, but not by the legal representative</source>
        <translation>Integro e firmato, ma non dal legale rappresentante</translation>
    </message>
    <message>
        <source>Intact and signed by the legal representative; some points need a look</source>
        <translation>Integro e firmato dal legale rappresentante; alcuni punti vanno controllati</translation>
    </message>
    <message>
        <source>Intact and signed by the legal representative</source>
        <translation>Integro e firmato dal legale rappresentante</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>non determinabile</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
