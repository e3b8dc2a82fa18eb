<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English needs only the plural forms: every other source string is already English. -->
<context>
    <name>AttachmentsPage</name>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Attach %n file</numerusform>
            <numerusform>Attach %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message numerus="yes">
        <source>Duplicate %n budget line(s)</source>
        <translation>
            <numerusform>Duplicate %n budget line</numerusform>
            <numerusform>Duplicate %n budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n budget line(s)</source>
        <translation>
            <numerusform>Delete %n budget line</numerusform>
            <numerusform>Delete %n budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message numerus="yes">
        <source>Each term is a budget line's eligible cost: amount + VAT when VAT is not recoverable, else the amount alone (%n line(s)).</source>
        <translation>
            <numerusform>Each term is a budget line's eligible cost: amount + VAT when VAT is not recoverable, else the amount alone (%n line).</numerusform>
            <numerusform>Each term is a budget line's eligible cost: amount + VAT when VAT is not recoverable, else the amount alone (%n lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n piece of advice</numerusform>
            <numerusform>%n pieces of advice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>%n saved change</numerusform>
            <numerusform>%n saved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frozen version(s)</source>
        <translation>
            <numerusform>%n frozen version</numerusform>
            <numerusform>%n frozen versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) built</source>
        <translation>
            <numerusform>%n package built</numerusform>
            <numerusform>%n packages built</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message numerus="yes">
        <source>Fix the %n error(s) first.</source>
        <translation>
            <numerusform>Fix the error first.</numerusform>
            <numerusform>Fix the %n errors first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the package.</source>
        <translation>
            <numerusform>One error blocks the package.</numerusform>
            <numerusform>%n errors block the package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read before sending.</source>
        <translation>
            <numerusform>One warning to read before sending.</numerusform>
            <numerusform>%n warnings to read before sending.</numerusform>
        </translation>
    </message>
</context>
</TS>
