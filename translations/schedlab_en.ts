<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only: the sources are English, but a tr("%n file(s)", "", n) needs its
     singular and plural (Qt's "Handling Plurals"). The app loads this for every language but
     Chinese. Add a message here for every numerus="yes" message of schedlab_zh_CN.ts. -->
<TS version="2.1" language="en">
<context>
    <name>schedlab::models::ScenarioDocument</name>
    <message numerus="yes">
        <source>Remove %n processes</source>
        <translation><numerusform>Remove %n process</numerusform><numerusform>Remove %n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n processes</source>
        <translation><numerusform>Duplicate %n process</numerusform><numerusform>Duplicate %n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n processes up</source>
        <translation><numerusform>Move %n process up</numerusform><numerusform>Move %n processes up</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n processes down</source>
        <translation><numerusform>Move %n process down</numerusform><numerusform>Move %n processes down</numerusform></translation>
    </message>
</context>
<context>
    <name>schedlab::ui::BatchWindow</name>
    <message numerus="yes">
        <source>Comparing %n file(s)...</source>
        <translation><numerusform>Comparing %n file...</numerusform><numerusform>Comparing %n files...</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) compared; %1 could not be used (listed below).</source>
        <translation><numerusform>%n file compared; %1 could not be used (listed below).</numerusform><numerusform>%n files compared; %1 could not be used (listed below).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) compared.</source>
        <translation><numerusform>%n file compared.</numerusform><numerusform>%n files compared.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) saved to %1.</source>
        <translation><numerusform>%n chart saved to %1.</numerusform><numerusform>%n charts saved to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>schedlab::ui::MainWindow</name>
    <message numerus="yes">
        <source>Simulating %n process(es)...</source>
        <translation><numerusform>Simulating %n process...</numerusform><numerusform>Simulating %n processes...</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation><numerusform> (%n warning)</numerusform><numerusform> (%n warnings)</numerusform></translation>
    </message>
</context>
<context>
    <name>schedlab::ui::RealRunTab</name>
    <message numerus="yes">
        <source>Running %n real process(es)...</source>
        <translation><numerusform>Running %n real process...</numerusform><numerusform>Running %n real processes...</numerusform></translation>
    </message>
</context>
<context>
    <name>schedlab::ui::ScenarioEditor</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation><numerusform>... and %n more</numerusform><numerusform>... and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>schedlab::ui::TickSuffix</name>
    <message numerus="yes">
        <source> tick(s)</source>
        <comment>the unit after a number of ticks in a spin box</comment>
        <translation><numerusform> tick</numerusform><numerusform> ticks</numerusform></translation>
    </message>
</context>
</TS>
