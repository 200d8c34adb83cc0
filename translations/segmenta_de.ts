<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DistributionBins</name>
    <message>
        <source>Other (%1)</source>
        <translation>Andere (%1)</translation>
    </message>
    <message>
        <source>Values below %1 or above %2 are counted in the outer bars.</source>
        <translation>Werte unter %1 oder über %2 werden in den äußeren Balken gezählt.</translation>
    </message>
    <message>
        <source>The values of this column are never stored (identifiers and personal data).</source>
        <translation>Die Werte dieser Spalte werden nie gespeichert (Kennungen und personenbezogene Daten).</translation>
    </message>
    <message>
        <source>This column cannot be drawn as a distribution.</source>
        <translation>Diese Spalte kann nicht als Verteilung gezeichnet werden.</translation>
    </message>
    <message>
        <source>One of the two months has no values in this column.</source>
        <translation>Einer der beiden Monate hat in dieser Spalte keine Werte.</translation>
    </message>
</context>
<context>
    <name>DriftFormat</name>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>— means this number does not apply here (for example a p-value of a test that was not run for this kind of column, or a month with nothing to compare with).</source>
        <translation>— heißt, dass diese Zahl hier nicht zutrifft (zum Beispiel ein p-Wert eines Tests, der für diese Art Spalte nicht läuft, oder ein Monat ohne Vergleichsmonat).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Nothing important changed compared with the reference month.</source>
        <translation>Verglichen mit dem Referenzmonat hat sich nichts Wichtiges geändert.</translation>
    </message>
    <message>
        <source>Some columns changed; worth a look, but most of the data is as before.</source>
        <translation>Einige Spalten haben sich geändert; ein Blick lohnt sich, aber die meisten Daten sind wie zuvor.</translation>
    </message>
    <message>
        <source>At least half of the checked columns changed: the data is no longer like the reference.</source>
        <translation>Mindestens die Hälfte der geprüften Spalten hat sich geändert: Die Daten gleichen der Referenz nicht mehr.</translation>
    </message>
    <message>
        <source>This is the month the others are compared with.</source>
        <translation>Mit diesem Monat werden die anderen verglichen.</translation>
    </message>
    <message>
        <source>Too few rows to judge</source>
        <translation>Zu wenige Zeilen für ein Urteil</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov statistic: the largest gap between the two months&apos; running totals (0 = identical, 1 = no overlap at all).</source>
        <translation>Kolmogorov-Smirnov-Statistik: der größte Abstand zwischen den aufsummierten Anteilen der beiden Monate (0 = gleich, 1 = keinerlei Überschneidung).</translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov p-value: how likely a gap this large is by chance alone. Below 0.05 usually means a real change — but with many rows even tiny changes get small p-values.</source>
        <translation>Kolmogorov-Smirnov-p-Wert: wie wahrscheinlich ein so großer Abstand allein durch Zufall ist. Unter 0,05 heißt meist: eine echte Änderung – aber bei vielen Zeilen bekommen schon winzige Änderungen kleine p-Werte.</translation>
    </message>
    <message>
        <source>Population Stability Index: how much the rows moved between bands of values. Rule of thumb: under 0.1 little change, 0.1–0.25 some change, above 0.25 a big change.</source>
        <translation>Population Stability Index: wie stark sich die Zeilen zwischen Wertebereichen verschoben haben. Faustregel: unter 0,1 kaum Änderung, 0,1–0,25 etwas Änderung, über 0,25 eine große Änderung.</translation>
    </message>
    <message>
        <source>Jensen–Shannon distance: how different the two months&apos; shapes are, from 0 (the same) to about 0.83 (nothing in common). 0.1 or more counts as drift for large samples.</source>
        <translation>Jensen-Shannon-Abstand: wie verschieden die Verteilungen der beiden Monate sind, von 0 (gleich) bis etwa 0,83 (nichts gemeinsam). Ab 0,1 gilt es bei großen Stichproben als Drift.</translation>
    </message>
    <message>
        <source>Normalised Wasserstein distance: how far, on average, values had to move to turn last month into this month, measured in standard deviations of the reference. 0.1 or more counts as drift.</source>
        <translation>Normierter Wasserstein-Abstand: wie weit sich die Werte im Mittel verschieben müssten, um aus dem letzten Monat diesen Monat zu machen, gemessen in Standardabweichungen der Referenz. Ab 0,1 gilt es als Drift.</translation>
    </message>
    <message>
        <source>Chi-square statistic: how far the category counts are from what you&apos;d expect if nothing had changed. Bigger means more change.</source>
        <translation>Chi-Quadrat-Statistik: wie weit die Anzahlen je Kategorie von dem abweichen, was man ohne Änderung erwarten würde. Größer heißt mehr Änderung.</translation>
    </message>
    <message>
        <source>Chi-square p-value: how likely such different category counts are by chance alone. Below 0.05 usually means a real change.</source>
        <translation>Chi-Quadrat-p-Wert: wie wahrscheinlich so unterschiedliche Anzahlen je Kategorie allein durch Zufall sind. Unter 0,05 heißt meist: eine echte Änderung.</translation>
    </message>
    <message>
        <source>Share of empty cells in this column. A change of 5 percentage points or more counts as drift on its own: a form field or an export may have changed.</source>
        <translation>Anteil leerer Zellen in dieser Spalte. Eine Änderung um 5 Prozentpunkte oder mehr gilt für sich schon als Drift: Vielleicht hat sich ein Formularfeld oder ein Export geändert.</translation>
    </message>
    <message>
        <source>Effect size: how big the change is, whatever the number of rows. The verdict beside it says whether the change is large enough to count as drift.</source>
        <translation>Effektstärke: wie groß die Änderung ist, unabhängig von der Zahl der Zeilen. Die Bewertung daneben sagt, ob die Änderung groß genug ist, um als Drift zu gelten.</translation>
    </message>
    <message>
        <source>Nothing important changed compared with %1.</source>
        <translation>Verglichen mit %1 hat sich nichts Wichtiges geändert.</translation>
    </message>
    <message>
        <source>Some columns changed since %1; worth a look, but most of the data is as before.</source>
        <translation>Seit %1 haben sich einige Spalten geändert; ein Blick lohnt sich, aber die meisten Daten sind wie zuvor.</translation>
    </message>
    <message>
        <source>At least half of the checked columns changed: the data is no longer like %1.</source>
        <translation>Mindestens die Hälfte der geprüften Spalten hat sich geändert: Die Daten gleichen %1 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>DriftPage</name>
    <message>
        <source>“%1” is not in both months, so they cannot be compared.</source>
        <translation>„%1“ ist nicht in beiden Monaten vorhanden und kann daher nicht verglichen werden.</translation>
    </message>
</context>
<context>
    <name>DriftReasonText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a value or segment name in a drift reason.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>in one band</source>
        <translation>in einem Bereich</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>at %1 or more</source>
        <translation>bei %1 oder mehr</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>in the band %1</source>
        <translation>im Bereich %1</translation>
    </message>
    <message>
        <source>%1 rose: %2 of rows are now %3 (was %4)</source>
        <translation>%1 ist gestiegen: %2 der Zeilen liegen jetzt %3 (vorher %4)</translation>
    </message>
    <message>
        <source>%1 fell: %2 of rows are now %3 (was %4)</source>
        <translation>%1 ist gesunken: %2 der Zeilen liegen jetzt %3 (vorher %4)</translation>
    </message>
    <message>
        <source>%1 changed: %2 of rows are now %3 (was %4)</source>
        <translation>%1 hat sich verändert: %2 der Zeilen liegen jetzt %3 (vorher %4)</translation>
    </message>
    <message>
        <source>%1 changed: %2 grew from %3 to %4 of rows</source>
        <translation>%1 hat sich verändert: der Anteil von %2 stieg von %3 auf %4 der Zeilen</translation>
    </message>
    <message>
        <source>%1 changed: %2 shrank from %3 to %4 of rows</source>
        <translation>%1 hat sich verändert: der Anteil von %2 sank von %3 auf %4 der Zeilen</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 hat sich verändert</translation>
    </message>
    <message>
        <source>%1 is empty more often: in %2 of rows (was %3)</source>
        <translation>%1 ist öfter leer: in %2 der Zeilen (vorher %3)</translation>
    </message>
    <message>
        <source>%1 is empty less often: in %2 of rows (was %3)</source>
        <translation>%1 ist seltener leer: in %2 der Zeilen (vorher %3)</translation>
    </message>
    <message>
        <source>%1 has new values: %2</source>
        <translation>%1 hat neue Werte: %2</translation>
    </message>
    <message>
        <source>new values: %1</source>
        <translation>neue Werte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few rows to judge (%Ln value(s); at least %2 needed)</source>
        <translation>
            <numerusform>%1: zu wenige Zeilen für ein Urteil (%Ln Wert; mindestens %2 nötig)</numerusform>
            <numerusform>%1: zu wenige Zeilen für ein Urteil (%Ln Werte; mindestens %2 nötig)</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment sizes changed</source>
        <translation>Die Segmentgrößen haben sich verändert</translation>
    </message>
    <message>
        <source>Segment sizes moved: %1 grew from %2 to %3 of rows</source>
        <translation>Segmentgrößen verschoben: %1 wuchs von %2 auf %3 der Zeilen</translation>
    </message>
    <message>
        <source>Segment sizes moved: %1 shrank from %2 to %3 of rows</source>
        <translation>Segmentgrößen verschoben: %1 schrumpfte von %2 auf %3 der Zeilen</translation>
    </message>
    <message>
        <source>Segments fit worse: customers are %1 further from their segment&apos;s centre</source>
        <translation>Die Segmente passen schlechter: Kunden liegen %1 weiter von der Mitte ihres Segments entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%Ln row(s))</source>
        <translation>
            <numerusform>%1: %2 (%Ln Zeile)</numerusform>
            <numerusform>%1: %2 (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the model has not seen: %1</source>
        <translation>Werte, die das Modell nicht kennt: %1</translation>
    </message>
    <message>
        <source>Re-segmenting suggested</source>
        <translation>Neu segmentieren empfohlen</translation>
    </message>
</context>
<context>
    <name>DriftReportExporter</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Re-segmenting suggested.</source>
        <translation>Neu segmentieren empfohlen.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Size of change</source>
        <translation>Stärke der Änderung</translation>
    </message>
    <message>
        <source>JS distance</source>
        <translation>JS-Abstand</translation>
    </message>
    <message>
        <source>Wasserstein</source>
        <translation>Wasserstein</translation>
    </message>
    <message>
        <source>Chi-square p</source>
        <translation>Chi-Quadrat p</translation>
    </message>
    <message>
        <source>Empty cells</source>
        <translation>Leere Zellen</translation>
    </message>
    <message>
        <source>KS statistic and p-value</source>
        <translation>KS-Statistik und p-Wert</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Jensen–Shannon distance</source>
        <translation>Jensen-Shannon-Abstand</translation>
    </message>
    <message>
        <source>Normalised Wasserstein distance</source>
        <translation>Normierter Wasserstein-Abstand</translation>
    </message>
    <message>
        <source>Chi-square</source>
        <translation>Chi-Quadrat</translation>
    </message>
    <message>
        <source>Re-segmenting suggested</source>
        <translation>Neu segmentieren empfohlen</translation>
    </message>
    <message>
        <source>The segment sizes moved a lot, or customers fit their segments clearly worse than when the segments were made: time to find segments again.</source>
        <translation>Die Segmentgrößen haben sich stark verschoben, oder die Kunden passen deutlich schlechter zu ihren Segmenten als bei deren Erstellung: Zeit, die Segmente neu zu finden.</translation>
    </message>
    <message>
        <source>Drift report: %1</source>
        <translation>Drift-Bericht: %1</translation>
    </message>
    <message>
        <source>each month is compared with the month the model was trained on</source>
        <translation>jeder Monat wird mit dem Monat verglichen, auf dem das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>each month is compared with the month before</source>
        <translation>jeder Monat wird mit dem Vormonat verglichen</translation>
    </message>
    <message>
        <source>%1 months · model: %2 · %3 · made %4 on this computer by Segmenta</source>
        <translation>%1 Monate · Modell: %2 · %3 · erstellt %4 auf diesem Computer mit Segmenta</translation>
    </message>
    <message>
        <source>Latest month: %1</source>
        <translation>Letzter Monat: %1</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Every column in %1</source>
        <translation>Jede Spalte in %1</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and you may write to it.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>DriftViewConvert</name>
    <message>
        <source>Jensen–Shannon distance</source>
        <translation>Jensen-Shannon-Abstand</translation>
    </message>
    <message>
        <source>Normalised Wasserstein distance</source>
        <translation>Normierter Wasserstein-Abstand</translation>
    </message>
    <message>
        <source>Empty cells went from %1 to %2.</source>
        <translation>Leere Zellen: von %1 auf %2.</translation>
    </message>
    <message>
        <source>This is the reference month.</source>
        <translation>Das ist der Referenzmonat.</translation>
    </message>
    <message>
        <source>This column is not in both months, so it was not compared.</source>
        <translation>Diese Spalte ist nicht in beiden Monaten vorhanden und wurde daher nicht verglichen.</translation>
    </message>
    <message>
        <source>The segment sizes changed (segment-share PSI %1).</source>
        <translation>Die Segmentgrößen haben sich geändert (PSI der Segmentanteile %1).</translation>
    </message>
    <message>
        <source>Customers sit %1 further from their segment centres than in the training month.</source>
        <translation>Die Kunden liegen %1 weiter von ihren Segmentzentren entfernt als im Trainingsmonat.</translation>
    </message>
</context>
<context>
    <name>HistoryErrorText</name>
    <message>
        <source>The history is busy: another Segmenta window or a scheduled job is writing to it. Nothing was lost; try again in a moment.</source>
        <translation>Der Verlauf ist gerade belegt: Ein anderes Segmenta-Fenster oder ein geplanter Auftrag schreibt hinein. Es ging nichts verloren; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The history file “%1” is damaged and cannot be read. It was left untouched; you can start a fresh history beside it (“%2”).</source>
        <translation>Die Verlaufsdatei „%1“ ist beschädigt und kann nicht gelesen werden. Sie bleibt unverändert; Sie können daneben einen neuen Verlauf beginnen („%2“).</translation>
    </message>
</context>
<context>
    <name>MetricReasonText</name>
    <message>
        <source>no rows with both a label and the model&apos;s output</source>
        <translation>keine Zeilen mit Ergebnis und Ausgabe des Modells</translation>
    </message>
    <message>
        <source>needs a score column</source>
        <translation>braucht eine Score-Spalte</translation>
    </message>
    <message>
        <source>only negative rows here: ROC AUC needs both outcomes</source>
        <translation>hier nur „nein“-Zeilen: ROC AUC braucht beide Ergebnisse (ja und nein)</translation>
    </message>
    <message>
        <source>only positive rows here: ROC AUC needs both outcomes</source>
        <translation>hier nur „ja“-Zeilen: ROC AUC braucht beide Ergebnisse (ja und nein)</translation>
    </message>
    <message>
        <source>no positive rows here: average precision needs some</source>
        <translation>hier keine „ja“-Zeilen: die mittlere Präzision braucht welche</translation>
    </message>
    <message>
        <source>no rows in this score range</source>
        <translation>keine Zeilen in diesem Score-Bereich</translation>
    </message>
    <message>
        <source>no rows with both a label and a score</source>
        <translation>keine Zeilen mit Ergebnis und Score</translation>
    </message>
    <message>
        <source>no rows with both a label and a prediction</source>
        <translation>keine Zeilen mit Ergebnis und Vorhersage</translation>
    </message>
    <message>
        <source>no rows with a value</source>
        <translation>keine Zeilen mit einem Wert</translation>
    </message>
    <message>
        <source>only one row: no range can be given</source>
        <translation>nur eine Zeile: kein Bereich angebbar</translation>
    </message>
    <message>
        <source>one of the two groups has no rows</source>
        <translation>eine der beiden Gruppen hat keine Zeilen</translation>
    </message>
    <message>
        <source>the rate is 0 % or 100 % everywhere: nothing to compare</source>
        <translation>der Anteil ist überall 0 % oder 100 %: nichts zu vergleichen</translation>
    </message>
    <message>
        <source>no rows for this measure in the slice</source>
        <translation>keine Zeilen für dieses Maß in der Gruppe</translation>
    </message>
    <message>
        <source>no other rows to compare with</source>
        <translation>keine anderen Zeilen zum Vergleich</translation>
    </message>
    <message>
        <source>too few rows to judge</source>
        <translation>zu wenige Zeilen für ein Urteil</translation>
    </message>
    <message>
        <source>none of this slice&apos;s rows were in the segmentation</source>
        <translation>keine Zeile dieser Gruppe war in der Segmentierung</translation>
    </message>
    <message>
        <source>the silhouette needs at least two segments</source>
        <translation>die Silhouette braucht mindestens zwei Segmente</translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <comment>why a slice was not tested</comment>
        <translation>Nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>one-sided two-proportion z-test of each slice against the rest, Benjamini–Hochberg at %1 % false discovery rate</source>
        <translation>einseitiger z-Test für zwei Anteile, jede Gruppe gegen den Rest, Benjamini-Hochberg bei %1 % Fehlalarmrate</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1. Check that the folder exists and you may write to it.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>SameMonth</name>
    <message>
        <source>• %1, as of %2, from %3 (%L4 rows)</source>
        <translation>• %1, Stand %2, aus %3 (%L4 Zeilen)</translation>
    </message>
    <message>
        <source>This month is already in the history</source>
        <translation>Dieser Monat ist schon im Verlauf</translation>
    </message>
    <message>
        <source>“%1” already has %2:
%3

Replace it with the new one, or keep both?</source>
        <translation>„%1“ enthält %2 schon:
%3

Durch den neuen ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The month already there is deleted once the new one is recorded.</source>
        <translation>Der vorhandene Monat wird gelöscht, sobald der neue gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>The earlier %1 (as of %2) was kept, because a saved model was built on it.</source>
        <translation>Der frühere Monat %1 (Stand %2) wurde behalten, weil ein gespeichertes Modell auf ihm beruht.</translation>
    </message>
    <message>
        <source>The earlier %1 (as of %2) was kept: %3</source>
        <translation>Der frühere Monat %1 (Stand %2) wurde behalten: %3</translation>
    </message>
</context>
<context>
    <name>SegmentRunText</name>
    <message>
        <source>“%1” is a number.</source>
        <translation>„%1“ ist eine Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a category with %Ln value(s).</source>
        <translation>
            <numerusform>„%1“ ist eine Kategorie mit %Ln Wert.</numerusform>
            <numerusform>„%1“ ist eine Kategorie mit %Ln Werten.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” identifies each row (a different value in every row), so it cannot describe a group.</source>
        <translation>„%1“ kennzeichnet jede Zeile (in jeder Zeile ein anderer Wert) und kann daher keine Gruppe beschreiben.</translation>
    </message>
    <message>
        <source>“%1” holds personal data, which should not decide a segment.</source>
        <translation>„%1“ enthält personenbezogene Daten, die kein Segment bestimmen sollen.</translation>
    </message>
    <message>
        <source>“%1” is a date; tick it to use it as “days since”.</source>
        <translation>„%1“ ist ein Datum; haken Sie es an, um es als „Tage seit“ zu verwenden.</translation>
    </message>
    <message>
        <source>“%1” is the outcome to explain, not a trait to group on.</source>
        <translation>„%1“ ist das Ergebnis, das erklärt werden soll, kein Merkmal zum Gruppieren.</translation>
    </message>
    <message>
        <source>“%1” is a model&apos;s score, not a trait of the customer.</source>
        <translation>„%1“ ist der Score eines Modells, kein Merkmal der Kundschaft.</translation>
    </message>
    <message>
        <source>“%1” is marked to ignore.</source>
        <translation>„%1“ ist zum Ignorieren markiert.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %Ln different value(s); at most %2 can be used (group rare values first).</source>
        <translation>
            <numerusform>„%1“ hat %Ln verschiedenen Wert; höchstens %2 sind nutzbar (seltene Werte erst zusammenfassen).</numerusform>
            <numerusform>„%1“ hat %Ln verschiedene Werte; höchstens %2 sind nutzbar (seltene Werte erst zusammenfassen).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has the same value in every row, so it cannot tell groups apart.</source>
        <translation>„%1“ hat in jeder Zeile denselben Wert und kann daher keine Gruppen unterscheiden.</translation>
    </message>
    <message>
        <source>“%1” has no values.</source>
        <translation>„%1“ hat keine Werte.</translation>
    </message>
    <message>
        <source>“%1” is free text.</source>
        <translation>„%1“ ist freier Text.</translation>
    </message>
    <message>
        <source>Strongly skewed (skewness %1): a few very large values would dominate; taking the log of 1 + value compresses them.</source>
        <translation>Stark schief verteilt (Schiefe %1): wenige sehr große Werte würden dominieren; der Logarithmus von 1 + Wert staucht sie.</translation>
    </message>
    <message>
        <source>Mini-batch k-means was used because the table has %1 rows (faster, very slightly less exact).</source>
        <translation>Mini-Batch-k-Means wurde verwendet, weil die Tabelle %1 Zeilen hat (schneller, minimal ungenauer).</translation>
    </message>
    <message>
        <source>Very skewed columns were compressed (log of 1 + value) so that a few huge values do not decide the segments alone: %1.</source>
        <translation>Sehr schief verteilte Spalten wurden gestaucht (Logarithmus von 1 + Wert), damit wenige riesige Werte die Segmente nicht allein bestimmen: %1.</translation>
    </message>
    <message>
        <source>Separation was measured on a sample of %1 rows.</source>
        <translation>Die Trennung wurde an einer Stichprobe von %1 Zeilen gemessen.</translation>
    </message>
</context>
<context>
    <name>SliceMetricsText</name>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>How many rows (customers) are in this slice.</source>
        <translation>Wie viele Zeilen (Kunden) in dieser Gruppe sind.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The slice&apos;s share of all rows.</source>
        <translation>Der Anteil der Gruppe an allen Zeilen.</translation>
    </message>
    <message>
        <source>Outcome rate</source>
        <translation>Ergebnisrate</translation>
    </message>
    <message>
        <source>How often the outcome happened in this slice (for example, the share of customers who churned). The tooltip shows the 95 % range (Wilson interval).</source>
        <translation>Wie oft das Ergebnis in dieser Gruppe eintrat (etwa der Anteil abgewanderter Kunden). Der Tooltip zeigt den 95-%-Bereich (Wilson-Intervall).</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Share of rows where the model&apos;s yes/no call was right.</source>
        <translation>Anteil der Zeilen, bei denen die Ja/Nein-Vorhersage des Modells stimmte.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Of the rows the model called &apos;yes&apos;, the share that really were &apos;yes&apos;. 0 when it called none.</source>
        <translation>Von den Zeilen, die das Modell als „ja“ einstufte, der Anteil, der wirklich „ja“ war. 0, wenn es keine so einstufte.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Of the rows that really were &apos;yes&apos;, the share the model caught. 0 when there were none.</source>
        <translation>Von den Zeilen, die wirklich „ja“ waren, der Anteil, den das Modell erkannte. 0, wenn es keine gab.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>A balance of precision and recall (their harmonic mean), from 0 to 1.</source>
        <translation>Ein Ausgleich von Präzision und Trefferquote (ihr harmonisches Mittel), von 0 bis 1.</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>Of the rows that really were &apos;no&apos;, the share the model correctly called &apos;no&apos;.</source>
        <translation>Von den Zeilen, die wirklich „nein“ waren, der Anteil, den das Modell richtig als „nein“ einstufte.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>How well the score ranks &apos;yes&apos; rows above &apos;no&apos; rows: 0.5 is a coin toss, 1 is perfect. Needs both outcomes in the slice.</source>
        <translation>Wie gut der Modellwert „ja“-Zeilen über „nein“-Zeilen einordnet: 0,5 ist ein Münzwurf, 1 ist perfekt. Braucht beide Ergebnisse in der Gruppe.</translation>
    </message>
    <message>
        <source>Avg. precision</source>
        <translation>Mittlere Präzision</translation>
    </message>
    <message>
        <source>Precision averaged over every threshold, weighted by how many &apos;yes&apos; rows each one catches (0 to 1).</source>
        <translation>Präzision gemittelt über alle Schwellen, gewichtet danach, wie viele „ja“-Zeilen jede erfasst (0 bis 1).</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <source>How surprised the model is by what happened, on average. Lower is better; confident mistakes cost most.</source>
        <translation>Wie überrascht das Modell im Mittel vom tatsächlichen Ergebnis ist. Niedriger ist besser; selbstsichere Fehler kosten am meisten.</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Mean squared gap between the score and what happened (0 or 1). Lower is better; 0.25 is guessing 50 %.</source>
        <translation>Mittlerer quadrierter Abstand zwischen Modellwert und Ergebnis (0 oder 1). Niedriger ist besser; 0,25 entspricht Raten mit 50 %.</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>Kalibrierungsfehler</translation>
    </message>
    <message>
        <source>Expected calibration error: on average, how many points the score is off from how often the outcome really happens (score ranges of equal width, weighted by rows). Lower is better.</source>
        <translation>Erwarteter Kalibrierungsfehler: wie viele Punkte der Modellwert im Mittel von der tatsächlichen Häufigkeit abweicht (gleich breite Wertebereiche, nach Zeilen gewichtet). Niedriger ist besser.</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittlerer Modellwert</translation>
    </message>
    <message>
        <source>The model&apos;s average predicted probability in this slice.</source>
        <translation>Die durchschnittlich vorhergesagte Wahrscheinlichkeit des Modells in dieser Gruppe.</translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>F1 of each class, averaged with equal weight per class (0 to 1).</source>
        <translation>F1 jeder Klasse, mit gleichem Gewicht je Klasse gemittelt (0 bis 1).</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>How clearly this slice&apos;s rows sit in their own segment rather than the next one: near 1 clearly, near 0 on the border, below 0 closer to another segment.</source>
        <translation>Wie eindeutig die Zeilen dieser Gruppe in ihrem eigenen Segment liegen statt im nächsten: nahe 1 eindeutig, nahe 0 an der Grenze, unter 0 näher an einem anderen Segment.</translation>
    </message>
    <message>
        <source>Distance to centre</source>
        <translation>Abstand zum Zentrum</translation>
    </message>
    <message>
        <source>How far this slice&apos;s rows are, on average, from the centre of their segment (in scaled units). Larger means less typical of their segment.</source>
        <translation>Wie weit die Zeilen dieser Gruppe im Mittel vom Zentrum ihres Segments entfernt sind (in skalierten Einheiten). Größer heißt: weniger typisch für ihr Segment.</translation>
    </message>
    <message>
        <source>no interval for this metric</source>
        <translation>kein Intervall für diese Kennzahl</translation>
    </message>
    <message>
        <source>not available for this choice</source>
        <translation>für diese Auswahl nicht verfügbar</translation>
    </message>
    <message>
        <source>Recall (share of “yes” cases caught)</source>
        <translation>Trefferquote (Anteil erkannter „ja“-Fälle)</translation>
    </message>
    <message>
        <source>Outcome rate (higher is worse)</source>
        <translation>Ergebnisrate (höher ist schlechter)</translation>
    </message>
    <message>
        <source>Don&apos;t test</source>
        <translation>Nicht testen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer segments, slice metrics and drift.</source>
        <translation>Kundensegmente, Kennzahlen je Gruppe und Drift.</translation>
    </message>
    <message>
        <source>Open the bundled demo data.</source>
        <translation>Die mitgelieferten Demodaten öffnen.</translation>
    </message>
    <message>
        <source>Import FILE with the guessed settings.</source>
        <translation>DATEI mit den erkannten Einstellungen importieren.</translation>
    </message>
    <message>
        <source>Start on PAGE: data, segments, slices or drift.</source>
        <translation>Auf SEITE starten: data, segments, slices oder drift.</translation>
    </message>
    <message>
        <source>Find segments with the recommended settings once the data is loaded.</source>
        <translation>Segmente mit den empfohlenen Einstellungen suchen, sobald die Daten geladen sind.</translation>
    </message>
    <message>
        <source>Save the window as PNG once loaded, then quit.</source>
        <translation>Das Fenster nach dem Laden als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Use LANG (de, en) instead of the saved setting.</source>
        <translation>SPRACHE (de, en) statt der gespeicherten Einstellung verwenden.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::BackgroundTask</name>
    <message>
        <source>There is not enough memory for this. Close other programs, or use a smaller file or a sample of its rows.</source>
        <translation>Dafür reicht der Arbeitsspeicher nicht. Schließen Sie andere Programme, oder verwenden Sie eine kleinere Datei oder eine Stichprobe ihrer Zeilen.</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>ein unbekannter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::BoxPlotChart</name>
    <message>
        <source>Choose a number column to compare across the segments.</source>
        <translation>Wählen Sie eine Zahlenspalte zum Vergleich zwischen den Segmenten.</translation>
    </message>
    <message>
        <source>Each box holds the middle half of the segment&apos;s rows; the line inside is the median (half are above, half below). The whiskers reach the furthest rows within 1.5 box-lengths; rarer extreme values are not drawn.</source>
        <translation>Jede Box enthält die mittlere Hälfte der Zeilen des Segments; die Linie darin ist der Median (die Hälfte liegt darüber, die Hälfte darunter). Die Antennen reichen bis zu den äußersten Zeilen innerhalb von 1,5 Boxlängen; seltenere Extremwerte werden nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Box plots of the chosen column per segment</source>
        <translation>Boxplots der gewählten Spalte je Segment</translation>
    </message>
    <message>
        <source>%1 by segment</source>
        <translation>%1 nach Segment</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>%1: no values</source>
        <translation>%1: keine Werte</translation>
    </message>
    <message>
        <source>%1
median %2 · middle half %3 to %4
whiskers %5 to %6</source>
        <translation>%1
Median %2 · mittlere Hälfte %3 bis %4
Antennen %5 bis %6</translation>
    </message>
    <message>
        <source>C&amp;olumn to compare:</source>
        <translation>Zu vergleichende Sp&amp;alte:</translation>
    </message>
    <message>
        <source>Segment (hover a box for its numbers, click it to choose that segment)</source>
        <translation>Segment (auf eine Box zeigen für ihre Zahlen, klicken wählt das Segment)</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segment %1: %2</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ChartView</name>
    <message>
        <source>Right-click to save this chart as a picture.</source>
        <translation>Rechtsklick, um dieses Diagramm als Bild zu speichern.</translation>
    </message>
    <message>
        <source>Drag to zoom into an area, scroll to zoom, Shift+drag to move, double-click or Home to reset. Right-click to save.</source>
        <translation>Ziehen zum Vergrößern eines Bereichs, Mausrad zum Zoomen, Umschalt+Ziehen zum Verschieben, Doppelklick oder Pos1 zum Zurücksetzen. Rechtsklick zum Speichern.</translation>
    </message>
    <message>
        <source>Save chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG speichern…</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ColumnLabels</name>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Counts and other numbers without a fraction, such as 3 or 120.</source>
        <translation>Anzahlen und andere Zahlen ohne Nachkommastellen, etwa 3 oder 120.</translation>
    </message>
    <message>
        <source>Numbers that may have a fraction, such as 57.8 or 0.25.</source>
        <translation>Zahlen, die Nachkommastellen haben können, etwa 57,8 oder 0,25.</translation>
    </message>
    <message>
        <source>Two values only, such as yes/no or true/false.</source>
        <translation>Nur zwei Werte, etwa ja/nein oder wahr/falsch.</translation>
    </message>
    <message>
        <source>Calendar dates, such as 2024-03-31.</source>
        <translation>Kalenderdaten, etwa 2024-03-31.</translation>
    </message>
    <message>
        <source>A date with a time of day.</source>
        <translation>Ein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>A small set of repeating values, such as a country or a channel.</source>
        <translation>Wenige, sich wiederholende Werte, etwa ein Land oder ein Kanal.</translation>
    </message>
    <message>
        <source>Free text that is not used for calculations.</source>
        <translation>Freitext, der nicht für Berechnungen verwendet wird.</translation>
    </message>
    <message>
        <source>A value that is different in (almost) every row, such as a customer id or an e-mail.</source>
        <translation>Ein Wert, der in (fast) jeder Zeile anders ist, etwa eine Kundennummer oder eine E-Mail.</translation>
    </message>
    <message>
        <source>describe customers</source>
        <translation>beschreibt Kunden</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>outcome (label)</source>
        <translation>Ergebnis (Label)</translation>
    </message>
    <message>
        <source>model score</source>
        <translation>Modellwert</translation>
    </message>
    <message>
        <source>date of the row</source>
        <translation>Datum der Zeile</translation>
    </message>
    <message>
        <source>group by (slice)</source>
        <translation>gruppieren nach</translation>
    </message>
    <message>
        <source>Used to find segments: rows that are alike in these columns end up together.</source>
        <translation>Wird zum Finden von Segmenten verwendet: Zeilen, die sich in diesen Spalten ähneln, landen zusammen.</translation>
    </message>
    <message>
        <source>Kept in the table but not used for segments or metrics.</source>
        <translation>Bleibt in der Tabelle, wird aber nicht für Segmente oder Kennzahlen verwendet.</translation>
    </message>
    <message>
        <source>Names each row (customer id, e-mail); never used for calculations.</source>
        <translation>Benennt jede Zeile (Kundennummer, E-Mail); wird nie für Berechnungen verwendet.</translation>
    </message>
    <message>
        <source>What actually happened, such as churned yes/no; used to check a model per group.</source>
        <translation>Was tatsächlich geschah, etwa abgewandert ja/nein; damit wird ein Modell je Gruppe geprüft.</translation>
    </message>
    <message>
        <source>A model&apos;s predicted probability, compared with the outcome per group.</source>
        <translation>Die vorhergesagte Wahrscheinlichkeit eines Modells, je Gruppe mit dem Ergebnis verglichen.</translation>
    </message>
    <message>
        <source>When the row was recorded; used to split the data by month.</source>
        <translation>Wann die Zeile erfasst wurde; damit werden die Daten nach Monaten aufgeteilt.</translation>
    </message>
    <message>
        <source>A column whose values form the groups to compare, such as country.</source>
        <translation>Eine Spalte, deren Werte die zu vergleichenden Gruppen bilden, etwa das Land.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ColumnProfilePanel</name>
    <message>
        <source>Click a column of the table to see its profile.</source>
        <translation>Klicken Sie auf eine Spalte der Tabelle, um ihr Profil zu sehen.</translation>
    </message>
    <message>
        <source>Looking at the values…</source>
        <translation>Werte werden angesehen…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;%2</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Fehlend:</translation>
    </message>
    <message>
        <source>%L1 (%L2 %)</source>
        <translation>%L1 (%L2 %)</translation>
    </message>
    <message>
        <source>Rows without a value in this column, including values that did not fit its type.</source>
        <translation>Zeilen ohne Wert in dieser Spalte, einschließlich Werten, die nicht zu ihrem Typ passten.</translation>
    </message>
    <message>
        <source>Different values:</source>
        <translation>Verschiedene Werte:</translation>
    </message>
    <message>
        <source>How many different values the column holds (missing not counted).</source>
        <translation>Wie viele verschiedene Werte die Spalte enthält (fehlende nicht mitgezählt).</translation>
    </message>
    <message>
        <source>How the values are spread</source>
        <translation>Wie sich die Werte verteilen</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>(and %L1 more rows with %L2 other values)</source>
        <translation>(und %L1 weitere Zeilen mit %L2 anderen Werten)</translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln more row(s) with one other value)</source>
        <translation>
            <numerusform>(und %Ln weitere Zeile mit einem anderen Wert)</numerusform>
            <numerusform>(und %Ln weitere Zeilen mit einem anderen Wert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln more row(s) with other values)</source>
        <translation>
            <numerusform>(und %Ln weitere Zeile mit anderen Werten)</numerusform>
            <numerusform>(und %Ln weitere Zeilen mit anderen Werten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CsvImporter</name>
    <message>
        <source>Could not import %1: there is not enough memory for a file of %2.
Close other programs and try again, or use a smaller file or a sample of its rows.</source>
        <translation>%1 konnte nicht importiert werden: Für eine Datei von %2 reicht der Arbeitsspeicher nicht.
Schließen Sie andere Programme und versuchen Sie es erneut, oder verwenden Sie eine kleinere Datei oder eine Stichprobe ihrer Zeilen.</translation>
    </message>
    <message>
        <source>Check that the file still exists, or choose it again with File ▸ Import CSV….</source>
        <translation>Prüfen Sie, ob die Datei noch existiert, oder wählen Sie sie erneut mit Datei ▸ CSV importieren….</translation>
    </message>
    <message>
        <source>Check that you may read the file and that the disk is connected, then try again.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen und das Laufwerk verbunden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open the file in a text editor to check it is a CSV export, or change the import options.</source>
        <translation>Öffnen Sie die Datei in einem Texteditor, um zu prüfen, ob es ein CSV-Export ist, oder ändern Sie die Importoptionen.</translation>
    </message>
    <message>
        <source>This is a bug in Segmenta; please report it with the file if you can.</source>
        <translation>Das ist ein Fehler in Segmenta; bitte melden Sie ihn, wenn möglich mit der Datei.</translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>The problem is at line %L1.</source>
        <translation>Das Problem liegt in Zeile %L1.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DataPage</name>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No data yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Daten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import a CSV or open the demo to start.&lt;br&gt;You can also drop a .csv file onto this window.</source>
        <translation>Importieren Sie eine CSV-Datei oder öffnen Sie die Demo, um zu beginnen.&lt;br&gt;Sie können auch eine .csv-Datei auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your shop, spreadsheet or CRM (Ctrl+O).</source>
        <translation>Wählen Sie eine CSV-Datei aus Ihrem Shop, Ihrer Tabellenkalkulation oder Ihrem CRM (Strg+O).</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <source>5,000 made-up customers of an online shop, to try everything out.</source>
        <translation>5.000 erfundene Kunden eines Onlineshops, um alles auszuprobieren.</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Alle Zeilen zeigen</translation>
    </message>
    <message>
        <source>Remove the filter and show every row of the table.</source>
        <translation>Den Filter entfernen und alle Zeilen der Tabelle zeigen.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>The selected column: its values, gaps and anything unusual.</source>
        <translation>Die ausgewählte Spalte: ihre Werte, Lücken und alles Ungewöhnliche.</translation>
    </message>
    <message>
        <source>What happened while reading the file, with line numbers.</source>
        <translation>Was beim Lesen der Datei geschah, mit Zeilennummern.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows — %3</source>
        <translation>%L1 von %L2 Zeilen werden gezeigt — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 rows × %L3 columns</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %L2 Zeilen × %L3 Spalten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;report&quot;&gt;%Ln row(s) with problems&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;report&quot;&gt;%Ln Zeile mit Problemen&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;report&quot;&gt;%Ln Zeilen mit Problemen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;a href=&quot;report&quot;&gt;import report&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;report&quot;&gt;Importbericht&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DataTableModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>This cell is empty in the file, or its value did not fit the column&apos;s type.</source>
        <translation>Diese Zelle ist in der Datei leer, oder ihr Wert passte nicht zum Typ der Spalte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DifferenceTable</name>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>barely</source>
        <translation>kaum</translation>
    </message>
    <message>
        <source>could be chance</source>
        <translation>könnte Zufall sein</translation>
    </message>
    <message>
        <source>yes, very sure</source>
        <translation>ja, sehr sicher</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>probably</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>Ranked by how strongly the segment stands out from the other rows. “Is it real?” tells whether the difference is larger than chance would explain, after allowing for the many comparisons made here.</source>
        <translation>Geordnet danach, wie stark sich das Segment von den übrigen Zeilen abhebt. „Echt?“ sagt, ob der Unterschied größer ist, als der Zufall erklären würde – unter Berücksichtigung der vielen Vergleiche hier.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>In this segment</source>
        <translation>In diesem Segment</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <source>Is it real?</source>
        <translation>Ist es echt?</translation>
    </message>
    <message>
        <source>How far apart the segment and the rest are, measured against the usual spread (effect size): slight ≥ 0.2, clear ≥ 0.5, strong ≥ 0.8.</source>
        <translation>Wie weit Segment und Rest auseinanderliegen, gemessen an der üblichen Streuung (Effektstärke): leicht ≥ 0,2, deutlich ≥ 0,5, stark ≥ 0,8.</translation>
    </message>
    <message>
        <source>Whether the difference is bigger than chance would explain (Welch&apos;s t-test for numbers, chi-square for categories, corrected for many comparisons with Benjamini–Hochberg).</source>
        <translation>Ob der Unterschied größer ist, als der Zufall erklären würde (Welch-t-Test für Zahlen, Chi-Quadrat für Kategorien, für viele Vergleiche nach Benjamini-Hochberg korrigiert).</translation>
    </message>
    <message>
        <source>What ma&amp;kes this segment different:</source>
        <translation>Was dieses Segment aus&amp;zeichnet:</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DistributionOverlay</name>
    <message>
        <source>Click a cell of the heatmap to compare that column&apos;s values in the two months.</source>
        <translation>Klicken Sie auf eine Zelle der Heatmap, um die Werte dieser Spalte in den beiden Monaten zu vergleichen.</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation>%1: %2 gegenüber %3</translation>
    </message>
    <message>
        <source>No values to draw for this column.</source>
        <translation>Keine Werte zum Zeichnen in dieser Spalte.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>Dieser Monat: %1</translation>
    </message>
    <message>
        <source>Share of rows (%)</source>
        <translation>Anteil der Zeilen (%)</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftHeatmap</name>
    <message>
        <source>Drift heatmap: columns by month</source>
        <translation>Drift-Heatmap: Spalten nach Monat</translation>
    </message>
    <message>
        <source>few</source>
        <translation>wenige</translation>
    </message>
    <message>
        <source>Size of change:</source>
        <translation>Stärke der Änderung:</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>too few rows</source>
        <translation>zu wenige Zeilen</translation>
    </message>
    <message>
        <source>reference month</source>
        <translation>Referenzmonat</translation>
    </message>
    <message>
        <source>Nothing to compare yet: record at least two months of this dataset.</source>
        <translation>Noch nichts zu vergleichen: Erfassen Sie mindestens zwei Monate dieses Datensatzes.</translation>
    </message>
    <message>
        <source>This is the reference month: the others are compared with it.</source>
        <translation>Das ist der Referenzmonat: Die anderen werden mit ihm verglichen.</translation>
    </message>
    <message>
        <source>%1: %2 — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1: %2 — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Size of change</source>
        <translation>Stärke der Änderung</translation>
    </message>
    <message>
        <source>Click to see both distributions.</source>
        <translation>Klicken, um beide Verteilungen zu sehen.</translation>
    </message>
    <message>
        <source>Each row is a column of your data, each column a month. Right-click to save this heatmap as a picture.</source>
        <translation>Jede Zeile ist eine Spalte Ihrer Daten, jede Spalte ein Monat. Rechtsklick speichert diese Heatmap als Bild.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <extracomment>Heatmap tooltip&apos;s first line: a column in a month (&quot;&lt;b&gt;revenue&lt;/b&gt; in 2026-03&quot;).</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftMetricsPanel</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Size of change</source>
        <translation>Stärke der Änderung</translation>
    </message>
    <message>
        <source>KS statistic</source>
        <translation>KS-Statistik</translation>
    </message>
    <message>
        <source>KS p-value</source>
        <translation>KS-p-Wert</translation>
    </message>
    <message>
        <source>Wasserstein (normalised)</source>
        <translation>Wasserstein (normiert)</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Jensen–Shannon distance</source>
        <translation>Jensen-Shannon-Abstand</translation>
    </message>
    <message>
        <source>Chi-square</source>
        <translation>Chi-Quadrat</translation>
    </message>
    <message>
        <source>Chi-square p-value</source>
        <translation>Chi-Quadrat-p-Wert</translation>
    </message>
    <message>
        <source>Empty cells, reference</source>
        <translation>Leere Zellen, Referenz</translation>
    </message>
    <message>
        <source>Empty cells, this month</source>
        <translation>Leere Zellen, dieser Monat</translation>
    </message>
    <message>
        <source>New categories</source>
        <translation>Neue Kategorien</translation>
    </message>
    <message>
        <source>Categories that appear this month but never appeared in the reference month.</source>
        <translation>Kategorien, die in diesem Monat vorkommen, aber nie im Referenzmonat.</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see its numbers.</source>
        <translation>Klicken Sie auf eine Zelle der Heatmap, um ihre Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftPage</name>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Start a fresh history beside it</source>
        <translation>Daneben einen neuen Verlauf beginnen</translation>
    </message>
    <message>
        <source>Preparing the history</source>
        <translation>Verlauf wird vorbereitet</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Verlauf wird gelesen</translation>
    </message>
    <message>
        <source>Read the history again, for example after a scheduled job recorded a new month (F5).</source>
        <translation>Den Verlauf erneut lesen, etwa nachdem ein geplanter Auftrag einen neuen Monat erfasst hat (F5).</translation>
    </message>
    <message>
        <source>Save this drift report as one web page (HTML) with all charts inside, to e-mail or archive.</source>
        <translation>Diesen Drift-Bericht als eine Webseite (HTML) mit allen Diagrammen speichern, zum Versenden oder Archivieren.</translation>
    </message>
    <message>
        <source>Why the selected month has its status</source>
        <translation>Warum der ausgewählte Monat diesen Status hat</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Was sich &amp;geändert hat</translation>
    </message>
    <message>
        <source>&amp;Segments over time</source>
        <translation>&amp;Segmente im Zeitverlauf</translation>
    </message>
    <message>
        <source>Compare &amp;two months</source>
        <translation>&amp;Zwei Monate vergleichen</translation>
    </message>
    <message>
        <source>Every column in every month, coloured by how much it changed; click a cell for details.</source>
        <translation>Jede Spalte in jedem Monat, gefärbt nach Stärke der Änderung; klicken Sie auf eine Zelle für Details.</translation>
    </message>
    <message>
        <source>Segment sizes, how well the segments fit, and the outcome rate per segment.</source>
        <translation>Segmentgrößen, wie gut die Segmente passen, und die Ergebnisrate je Segment.</translation>
    </message>
    <message>
        <source>Pick any two months and see every difference.</source>
        <translation>Zwei beliebige Monate wählen und jeden Unterschied sehen.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to compare that column&apos;s values in the two months.</source>
        <translation>Klicken Sie auf eine Zelle der Heatmap, um die Werte dieser Spalte in den beiden Monaten zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 is the reference month: the other months are compared with it. Pick another month.</source>
        <translation>%1 ist der Referenzmonat: Die anderen Monate werden mit ihm verglichen. Wählen Sie einen anderen Monat.</translation>
    </message>
    <message>
        <source>The damaged history was kept as it is; a fresh one is now at %1.</source>
        <translation>Der beschädigte Verlauf wurde unverändert aufbewahrt; ein neuer liegt jetzt unter %1.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Each recorded month with its status.</source>
        <translation>Jeder erfasste Monat mit seinem Status.</translation>
    </message>
    <message>
        <source>What changed, column by column</source>
        <translation>Was sich geändert hat, Spalte für Spalte</translation>
    </message>
    <message>
        <source>Each cell is one column in one month, coloured by the size of its change against %1; framed cells drifted.</source>
        <translation>Jede Zelle ist eine Spalte in einem Monat, gefärbt nach der Größe ihrer Änderung gegenüber %1; umrandete Zellen sind gedriftet.</translation>
    </message>
    <message>
        <source>the training month</source>
        <translation>dem Trainingsmonat</translation>
    </message>
    <message>
        <source>the month before</source>
        <translation>dem Vormonat</translation>
    </message>
    <message>
        <source>Segment sizes over time</source>
        <translation>Segmentgrößen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Share of rows in each segment, month by month.</source>
        <translation>Anteil der Zeilen in jedem Segment, Monat für Monat.</translation>
    </message>
    <message>
        <source>How well the segments fit</source>
        <translation>Wie gut die Segmente passen</translation>
    </message>
    <message>
        <source>Mean distance of each month&apos;s rows to their segment centre; the dashed line is the training month.</source>
        <translation>Mittlerer Abstand der Zeilen jedes Monats zu ihrem Segmentzentrum; die gestrichelte Linie ist der Trainingsmonat.</translation>
    </message>
    <message>
        <source>Outcome rate per segment</source>
        <translation>Ergebnisrate je Segment</translation>
    </message>
    <message>
        <source>The share of rows with the outcome, per segment and month.</source>
        <translation>Der Anteil der Zeilen mit dem Ergebnis, je Segment und Monat.</translation>
    </message>
    <message>
        <source>drift-report-%1.html</source>
        <translation>drift-bericht-%1.html</translation>
    </message>
    <message>
        <source>Export drift report</source>
        <translation>Drift-Bericht exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Drift report saved to %1</source>
        <translation>Drift-Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Record the loaded file in history…</source>
        <translation>Geladene Datei im &amp;Verlauf speichern…</translation>
    </message>
    <message>
        <source>Recording in the history</source>
        <translation>Wird im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Keep a summary of the file loaded on the Data page as one month of a dataset.</source>
        <translation>Eine Zusammenfassung der auf der Seite Daten geladenen Datei als einen Monat eines Datensatzes aufbewahren.</translation>
    </message>
    <message>
        <source>Could not record</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>“%1” has no recorded months yet. Load its file on the Data page and choose File ▸ Record this file in history…</source>
        <translation>„%1“ hat noch keine gespeicherten Monate. Laden Sie die Datei auf der Seite Daten und wählen Sie Datei ▸ Diese Datei im Verlauf speichern…</translation>
    </message>
    <message>
        <source>No history yet. Load this month&apos;s file on the Data page, then choose File ▸ Record this file in history… (or the button below). Each recorded month appears here with what changed.

A scheduled job can add months too: segmenta-cli record FILE --db &quot;%1&quot; --dataset NAME</source>
        <translation>Noch kein Verlauf. Laden Sie die Datei dieses Monats auf der Seite Daten und wählen Sie dann Datei ▸ Diese Datei im Verlauf speichern… (oder die Schaltfläche unten). Jeder gespeicherte Monat erscheint hier mit dem, was sich geändert hat.

Auch ein geplanter Auftrag kann Monate hinzufügen: segmenta-cli record DATEI --db &quot;%1&quot; --dataset NAME</translation>
    </message>
    <message>
        <source>Scoring the file with the saved model</source>
        <translation>Die Datei wird mit dem gespeicherten Modell eingeordnet</translation>
    </message>
    <message>
        <source>Scored, with notes</source>
        <translation>Eingeordnet, mit Hinweisen</translation>
    </message>
    <message>
        <source>Could not score the file</source>
        <translation>Die Datei konnte nicht eingeordnet werden</translation>
    </message>
    <message>
        <source>Nothing was recorded; the months already in the history are unchanged.</source>
        <translation>Es wurde nichts aufgezeichnet; die Monate im Verlauf sind unverändert.</translation>
    </message>
    <message>
        <source>Nothing to score with</source>
        <translation>Nichts zum Einordnen vorhanden</translation>
    </message>
    <message>
        <source>There is no dataset with a saved segmentation in the history yet. Record a month, build segments on the Segments page and save them; then score each new month here.</source>
        <translation>Im Verlauf gibt es noch keinen Datensatz mit gespeicherter Segmentierung. Zeichnen Sie einen Monat auf, bilden Sie auf der Seite Segmente Segmente und speichern Sie sie; dann ordnen Sie hier jeden neuen Monat ein.</translation>
    </message>
    <message>
        <source>Apply the saved segmentation to a new month&apos;s CSV file: its rows get segments, and the month appears here with what changed.</source>
        <translation>Die gespeicherte Segmentierung auf die CSV-Datei eines neuen Monats anwenden: Ihre Zeilen bekommen Segmente, und der Monat erscheint hier mit dem, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Needs a saved segmentation of this dataset: build segments on the Segments page and save them.</source>
        <translation>Braucht eine gespeicherte Segmentierung dieses Datensatzes: Bilden Sie auf der Seite Segmente Segmente und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Score &amp;new month…</source>
        <translation>&amp;Neuen Monat einordnen…</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>Das Modell wird gespeichert</translation>
    </message>
    <message>
        <source>Could not change the month</source>
        <translation>Der Monat konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The history is unchanged.</source>
        <translation>Der Verlauf ist unverändert.</translation>
    </message>
    <message>
        <source>Score each new month with it: Score new month…</source>
        <translation>Ordnen Sie damit jeden neuen Monat ein: Neuen Monat einordnen…</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>Das Modell konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Nothing was saved; the history is unchanged.</source>
        <translation>Es wurde nichts gespeichert; der Verlauf ist unverändert.</translation>
    </message>
    <message>
        <source>Could not change the model</source>
        <translation>Das Modell konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The saved models of this dataset: their segments, rename, delete.</source>
        <translation>Die gespeicherten Modelle dieses Datensatzes: ihre Segmente, umbenennen, löschen.</translation>
    </message>
    <message>
        <source>This dataset has no saved model yet: build segments on the Segments page and choose Save as model….</source>
        <translation>Dieser Datensatz hat noch kein gespeichertes Modell: Bilden Sie auf der Seite Segmente Segmente und wählen Sie „Als Modell speichern…“.</translation>
    </message>
    <message>
        <source>M&amp;odels…</source>
        <translation>Mode&amp;lle…</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftPicker</name>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>The data whose months you recorded (one line per recorded file or period).</source>
        <translation>Die Daten, deren Monate Sie gespeichert haben (eine Zeile je gespeicherter Datei oder Zeitraum).</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>The saved segmentation whose segment sizes and fit are followed month by month.</source>
        <translation>Die gespeicherte Segmentierung, deren Segmentgrößen und Passung Monat für Monat verfolgt werden.</translation>
    </message>
    <message>
        <source>Compare &amp;each month with:</source>
        <translation>&amp;Jeden Monat vergleichen mit:</translation>
    </message>
    <message>
        <source>The training month: how far each month has moved from what the segments were built on.
The month before: what changed since last time.</source>
        <translation>Der Trainingsmonat: wie weit sich jeder Monat von den Daten entfernt hat, auf denen die Segmente beruhen.
Der Vormonat: was sich seit dem letzten Mal geändert hat.</translation>
    </message>
    <message>
        <source>the training month</source>
        <translation>dem Trainingsmonat</translation>
    </message>
    <message>
        <source>the month before</source>
        <translation>dem Vormonat</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n Monat)</numerusform>
            <numerusform>%1 (%n Monate)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (trained on %2)</source>
        <translation>%1 (trainiert auf %2)</translation>
    </message>
    <message>
        <source>no saved model</source>
        <translation>kein gespeichertes Modell</translation>
    </message>
    <message>
        <source>How far each month has moved from the month the segments were built on.</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Needs a saved model: without one there is no training month, so each month is compared with the month before.</source>
        <translation>Braucht ein gespeichertes Modell: Ohne eines gibt es keinen Trainingsmonat, daher wird jeder Monat mit dem Vormonat verglichen.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::HeatmapView</name>
    <message>
        <source>Save picture as PNG or SVG…</source>
        <translation>Bild als PNG oder SVG speichern…</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::HistoryRecorder</name>
    <message>
        <source>Nothing to record</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>Import a CSV file first (File ▸ Import CSV…), then record it in the history.</source>
        <translation>Importieren Sie zuerst eine CSV-Datei (Datei ▸ CSV importieren…) und speichern Sie sie dann im Verlauf.</translation>
    </message>
    <message>
        <source>No table is loaded.</source>
        <translation>Es ist keine Tabelle geladen.</translation>
    </message>
    <message>
        <source>(as imported: %1 is no longer there)</source>
        <translation>(wie importiert: %1 ist nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was imported from. The table as it was imported is recorded, with the size and fingerprint of the file it was read from.</source>
        <translation>%1 liegt nicht mehr dort, von wo die Datei importiert wurde. Gespeichert wird die Tabelle so, wie sie importiert wurde, mit Größe und Fingerabdruck der Datei, aus der sie gelesen wurde.</translation>
    </message>
    <message>
        <source>(as imported: %1 has changed on disk since)</source>
        <translation>(wie importiert: %1 wurde seitdem geändert)</translation>
    </message>
    <message>
        <source>%1 has changed on disk since it was imported. The table as it was imported is recorded, with the size and fingerprint of the file it was read from. To record the new content, import the file again first.</source>
        <translation>%1 wurde seit dem Import auf dem Datenträger geändert. Gespeichert wird die Tabelle so, wie sie importiert wurde, mit Größe und Fingerabdruck der Datei, aus der sie gelesen wurde. Um den neuen Inhalt zu speichern, importieren Sie die Datei zuerst erneut.</translation>
    </message>
    <message>
        <source>(%1 fingerprinted as it is now)</source>
        <translation>(Fingerabdruck von %1 im jetzigen Zustand)</translation>
    </message>
    <message>
        <source>This table was not loaded through File ▸ Import, so %1 is fingerprinted as it is on disk now.</source>
        <translation>Diese Tabelle wurde nicht über Datei ▸ Importieren geladen, daher wird der Fingerabdruck von %1 im jetzigen Zustand auf dem Datenträger genommen.</translation>
    </message>
    <message>
        <source>(without a file fingerprint: the table did not come from a file)</source>
        <translation>(ohne Fingerabdruck: Die Tabelle stammt nicht aus einer Datei)</translation>
    </message>
    <message>
        <source>This table did not come from a file (for example demo data made in memory), so it is recorded without a file fingerprint.</source>
        <translation>Diese Tabelle stammt nicht aus einer Datei (zum Beispiel im Speicher erzeugte Demodaten), daher wird sie ohne Fingerabdruck einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>Recorded %1 in “%2”%3.</source>
        <translation>%1 in „%2“ gespeichert%3.</translation>
    </message>
    <message>
        <source>Recorded %1 snapshots in “%2”%3.</source>
        <translation>%1 Stände in „%2“ gespeichert%3.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportDialog</name>
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
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>Apostroph</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>, %1 % sure</source>
        <translation>, %1 % sicher</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, in %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, in %3</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Things to check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation>Vorschau: die ersten Zeilen, wie sie gelesen werden</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Verwenden als</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Click to change how the column&apos;s values are read.</source>
        <translation>Klicken, um zu ändern, wie die Werte der Spalte gelesen werden.</translation>
    </message>
    <message>
        <source>Click to change what the column is used for.</source>
        <translation>Klicken, um zu ändern, wofür die Spalte verwendet wird.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Wie die Datei geschrieben ist</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>The character between the values of a row.</source>
        <translation>Das Zeichen zwischen den Werten einer Zeile.</translation>
    </message>
    <message>
        <source>Column names</source>
        <translation>Spaltennamen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Whether the first row holds the column names or is already data.</source>
        <translation>Ob die erste Zeile die Spaltennamen enthält oder schon Daten.</translation>
    </message>
    <message>
        <source>Point (57.8)</source>
        <translation>Punkt (57.8)</translation>
    </message>
    <message>
        <source>Comma (57,8)</source>
        <translation>Komma (57,8)</translation>
    </message>
    <message>
        <source>How the fraction of a number is written.</source>
        <translation>Wie die Nachkommastellen einer Zahl abgetrennt sind.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Comma (1,000)</source>
        <translation>Komma (1,000)</translation>
    </message>
    <message>
        <source>Point (1.000)</source>
        <translation>Punkt (1.000)</translation>
    </message>
    <message>
        <source>Space (1 000)</source>
        <translation>Leerzeichen (1 000)</translation>
    </message>
    <message>
        <source>Apostrophe (1&apos;000)</source>
        <translation>Apostroph (1&apos;000)</translation>
    </message>
    <message>
        <source>The character that groups the digits of large numbers, if any.</source>
        <translation>Das Zeichen, das die Ziffern großer Zahlen gruppiert, falls vorhanden.</translation>
    </message>
    <message>
        <source>How letters are stored. If accents look wrong in the preview, try another one.</source>
        <translation>Wie Buchstaben gespeichert sind. Wenn Umlaute in der Vorschau falsch aussehen, probieren Sie eine andere.</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;First row:</source>
        <translation>&amp;Erste Zeile:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Dezimalzeichen:</translation>
    </message>
    <message>
        <source>&amp;Thousands:</source>
        <translation>Tausender&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Automatic (%1%2)</source>
        <translation>Automatisch (%1%2)</translation>
    </message>
    <message>
        <source>column names</source>
        <translation>Spaltennamen</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) did not fit and will be missing</source>
        <translation>
            <numerusform>%Ln Wert passte nicht und wird fehlen</numerusform>
            <numerusform>%Ln Werte passten nicht und werden fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, z. B. %1</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>Line %L1: %2</source>
        <translation>Zeile %L1: %2</translation>
    </message>
    <message>
        <source>… and %L1 more.</source>
        <translation>… und %L1 weitere.</translation>
    </message>
    <message>
        <source>Nothing unusual in the first rows.</source>
        <translation>Nichts Ungewöhnliches in den ersten Zeilen.</translation>
    </message>
    <message>
        <source>The file has one data row; it is shown above.</source>
        <translation>Die Datei hat eine Datenzeile; sie wird oben gezeigt.</translation>
    </message>
    <message>
        <source>All %L1 rows of the file are shown above.</source>
        <translation>Alle %L1 Zeilen der Datei werden oben gezeigt.</translation>
    </message>
    <message>
        <source>Showing the first %L1 rows. Import reads the whole file; you can cancel it.</source>
        <translation>Gezeigt werden die ersten %L1 Zeilen. Der Import liest die ganze Datei; Sie können ihn abbrechen.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportNoteText</name>
    <message>
        <source>whole numbers</source>
        <translation>ganzen Zahlen</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>yes/no values</source>
        <translation>Ja/Nein-Werte</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>dates with times</source>
        <translation>Datumsangaben mit Uhrzeit</translation>
    </message>
    <message>
        <source>values of this type</source>
        <translation>Werte dieses Typs</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month</source>
        <translation>Datumsangaben können Tag/Monat oder Monat/Tag sein; als Tag/Monat gelesen</translation>
    </message>
    <message>
        <source>dates mix day/month and month/day; read as day/month, the others become missing</source>
        <translation>Datumsangaben mischen Tag/Monat und Monat/Tag; als Tag/Monat gelesen, die anderen werden leer</translation>
    </message>
    <message>
        <source>dates mix day/month and month/day; read as month/day, the others become missing</source>
        <translation>Datumsangaben mischen Tag/Monat und Monat/Tag; als Monat/Tag gelesen, die anderen werden leer</translation>
    </message>
    <message>
        <source>no values in the sample</source>
        <translation>keine Werte in der Stichprobe</translation>
    </message>
    <message>
        <source>digits kept as text: leading zeros or too many digits for a number</source>
        <translation>Ziffern als Text behalten: führende Nullen oder zu viele Stellen für eine Zahl</translation>
    </message>
    <message>
        <source>numbers further down the file have decimals; read as decimal</source>
        <translation>Zahlen weiter unten in der Datei haben Nachkommastellen; als Dezimalzahl gelesen</translation>
    </message>
    <message>
        <source>more distinct values than the sample showed; read as %1</source>
        <translation>mehr verschiedene Werte als die Stichprobe zeigte; gelesen als %1</translation>
    </message>
    <message>
        <source>values further down the file are not %1; read as %2</source>
        <translation>Werte weiter unten in der Datei sind keine %1; gelesen als %2</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportSummaryView</name>
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
        <source>Rows that repeat an earlier row in every column, and columns that repeat another column.</source>
        <translation>Zeilen, die eine frühere Zeile in jeder Spalte wiederholen, und Spalten, die eine andere Spalte wiederholen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column / kind</source>
        <translation>Spalte / Art</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Importwarnungen</translation>
    </message>
    <message>
        <source>Looking for duplicated rows and columns…</source>
        <translation>Doppelte Zeilen und Spalten werden gesucht…</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Rows read: &lt;b&gt;%L1&lt;/b&gt;&lt;br&gt;Rows loaded: &lt;b&gt;%L2&lt;/b&gt;&lt;br&gt;Rows with problems: &lt;b&gt;%L3&lt;/b&gt;&lt;br&gt;</source>
        <translation>Gelesene Zeilen: &lt;b&gt;%L1&lt;/b&gt;&lt;br&gt;Geladene Zeilen: &lt;b&gt;%L2&lt;/b&gt;&lt;br&gt;Zeilen mit Problemen: &lt;b&gt;%L3&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Read as: %1-separated, %2, decimal mark “%3”, %4.</source>
        <translation>Gelesen als: getrennt durch %1, %2, Dezimalzeichen „%3“, %4.</translation>
    </message>
    <message>
        <source>first row holds the column names</source>
        <translation>erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>Every row read was kept unless listed below.</source>
        <translation>Jede gelesene Zeile wurde behalten, sofern sie nicht unten aufgeführt ist.</translation>
    </message>
    <message>
        <source>About %L1 rows were lost: a broken quote read them into another row&apos;s cell (see the warnings below). Fix the quote in the file and import it again.</source>
        <translation>Etwa %L1 Zeilen gingen verloren: ein fehlerhaftes Anführungszeichen hat sie in die Zelle einer anderen Zeile gelesen (siehe die Warnungen unten). Korrigieren Sie das Anführungszeichen in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) did not fit and are shown as missing</source>
        <translation>
            <numerusform>%Ln Wert passte nicht und wird als fehlend gezeigt</numerusform>
            <numerusform>%Ln Werte passten nicht und werden als fehlend gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation> (z. B. %1)</translation>
    </message>
    <message>
        <source>… and %L1 more warnings of the same kinds.</source>
        <translation>… und %L1 weitere Warnungen derselben Art.</translation>
    </message>
    <message>
        <source>No problems found: every row was read as it is.</source>
        <translation>Keine Probleme gefunden: Jede Zeile wurde so gelesen, wie sie ist.</translation>
    </message>
    <message>
        <source>No row is repeated.</source>
        <translation>Keine Zeile wiederholt sich.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row exactly.</source>
        <translation>
            <numerusform>%Ln Zeile wiederholt eine frühere Zeile genau.</numerusform>
            <numerusform>%Ln Zeilen wiederholen eine frühere Zeile genau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column “%1” is a copy of “%2”.</source>
        <translation>Spalte „%1“ ist eine Kopie von „%2“.</translation>
    </message>
    <message>
        <source>values missing or extra</source>
        <translation>Werte fehlen oder zu viele</translation>
    </message>
    <message>
        <source>unreadable characters</source>
        <translation>unlesbare Zeichen</translation>
    </message>
    <message>
        <source>value did not fit</source>
        <translation>Wert passte nicht</translation>
    </message>
    <message>
        <source>quote not closed</source>
        <translation>Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>stray quote</source>
        <translation>verirrtes Anführungszeichen</translation>
    </message>
    <message>
        <source>column renamed</source>
        <translation>Spalte umbenannt</translation>
    </message>
    <message>
        <source>extra columns</source>
        <translation>zusätzliche Spalten</translation>
    </message>
    <message>
        <source>About the whole column, not one line.</source>
        <translation>Betrifft die ganze Spalte, nicht eine Zeile.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportWarningText</name>
    <message>
        <source>Line %1 has more or fewer values than the table has columns; extra values were ignored and missing ones left empty.</source>
        <translation>Zeile %1 hat mehr oder weniger Werte, als die Tabelle Spalten hat; überzählige Werte wurden ignoriert, fehlende bleiben leer.</translation>
    </message>
    <message>
        <source>Line %1 has characters that could not be read; they were replaced by �.</source>
        <translation>Zeile %1 enthält Zeichen, die nicht gelesen werden konnten; sie wurden durch � ersetzt.</translation>
    </message>
    <message>
        <source>From line %1: some values do not fit their column&apos;s type and were left empty.</source>
        <translation>Ab Zeile %1: Einige Werte passen nicht zum Typ ihrer Spalte und wurden leer gelassen.</translation>
    </message>
    <message>
        <source>Line %1 opens a quote that is never closed; the rest of the file was read into one cell.</source>
        <translation>In Zeile %1 beginnt ein Anführungszeichen, das nie geschlossen wird; der Rest der Datei wurde in eine Zelle gelesen.</translation>
    </message>
    <message>
        <source>Line %1 has text right after a closing quote; it was kept as part of the cell.</source>
        <translation>Zeile %1 hat Text direkt nach einem schließenden Anführungszeichen; er wurde als Teil der Zelle behalten.</translation>
    </message>
    <message>
        <source>Line %1: a column had no name, or the same name as another, and was renamed.</source>
        <translation>Zeile %1: Eine Spalte hatte keinen Namen oder denselben Namen wie eine andere und wurde umbenannt.</translation>
    </message>
    <message>
        <source>Line %1: most rows have more fields than the header names; the extra columns got generated names.</source>
        <translation>Zeile %1: Die meisten Zeilen haben mehr Felder, als die Kopfzeile benennt; die zusätzlichen Spalten haben erzeugte Namen bekommen.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::KScanChart</name>
    <message>
        <source>Each line is a way of measuring how good the grouping is. They use very different scales, so each is stretched to 0–1 where 1 is its best value in this scan (higher is better for all three). Click a number of segments to use it instead.</source>
        <translation>Jede Linie ist eine Art, die Güte der Gruppierung zu messen. Sie haben sehr verschiedene Skalen, daher ist jede auf 0–1 gestreckt, wobei 1 ihr bester Wert in diesem Durchlauf ist (bei allen dreien ist höher besser). Klicken Sie auf eine Segmentanzahl, um stattdessen diese zu verwenden.</translation>
    </message>
    <message>
        <source>Quality of the grouping for each number of segments</source>
        <translation>Güte der Gruppierung für jede Segmentanzahl</translation>
    </message>
    <message>
        <source>How many segments?</source>
        <translation>Wie viele Segmente?</translation>
    </message>
    <message>
        <source>Separation (silhouette)</source>
        <translation>Trennung (Silhouette)</translation>
    </message>
    <message>
        <source>Tightness (Calinski–Harabasz)</source>
        <translation>Geschlossenheit (Calinski-Harabasz)</translation>
    </message>
    <message>
        <source>Little overlap (Davies–Bouldin)</source>
        <translation>Wenig Überlappung (Davies-Bouldin)</translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation>Anzahl der Segmente</translation>
    </message>
    <message>
        <source>Score (1 = best here)</source>
        <translation>Wert (1 = hier am besten)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>Shown: %1 segments</source>
        <translation>Gezeigt: %1 Segmente</translation>
    </message>
    <message>
        <source>How clearly the groups are separated: from −1 to 1, closer to 1 is better.</source>
        <translation>Wie klar die Gruppen getrennt sind: von −1 bis 1, näher an 1 ist besser.</translation>
    </message>
    <message>
        <source>How tight each group is compared with the distance between groups: higher is better.</source>
        <translation>Wie geschlossen jede Gruppe im Vergleich zum Abstand zwischen den Gruppen ist: höher ist besser.</translation>
    </message>
    <message>
        <source>How much the groups overlap: 0 is best, lower is better (flipped on this chart).</source>
        <translation>Wie stark sich die Gruppen überlappen: 0 ist am besten, niedriger ist besser (in diesem Diagramm umgedreht).</translation>
    </message>
    <message>
        <source>%1 segments — %2: %3
%4</source>
        <translation>%1 Segmente — %2: %3
%4</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MainWindow</name>
    <message>
        <source>Segmenta</source>
        <translation>Segmenta</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The table you imported and the quality of each column</source>
        <translation>Die importierte Tabelle und die Qualität jeder Spalte</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Find groups of similar rows and what makes each different</source>
        <translation>Gruppen ähnlicher Zeilen finden und was jede unterscheidet</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>How the outcome and a model&apos;s scores behave per group</source>
        <translation>Wie sich das Ergebnis und die Werte eines Modells je Gruppe verhalten</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>What changed from month to month, and when to re-segment</source>
        <translation>Was sich von Monat zu Monat geändert hat und wann neu segmentiert werden sollte</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Import cancelled; the table you had is still loaded.</source>
        <translation>Import abgebrochen; die bisherige Tabelle ist noch geladen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a CSV file exported from a shop, spreadsheet or CRM.</source>
        <translation>Eine CSV-Datei aus einem Shop, einer Tabellenkalkulation oder einem CRM lesen.</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <source>5,000 made-up customers of an online shop, to try everything out.</source>
        <translation>5.000 erfundene Kunden eines Onlineshops, um alles auszuprobieren.</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown on the Data page as a CSV file.</source>
        <translation>Die auf der Seite Daten gezeigten Zeilen als CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>S&amp;lices</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>D&amp;rift</source>
        <translation>D&amp;rift</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>&amp;Über Segmenta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Segmenta.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von Segmenta verwendet.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 was moved or deleted, so it was removed from the recent files.
Use File ▸ Import CSV… to choose it at its new place.</source>
        <translation>%1 wurde verschoben oder gelöscht und daher aus der Liste entfernt.
Wählen Sie sie mit Datei ▸ CSV importieren… an ihrem neuen Ort.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Making the demo data…</source>
        <translation>Demodaten werden erstellt…</translation>
    </message>
    <message>
        <source>demo customers</source>
        <translation>Demokunden</translation>
    </message>
    <message>
        <source>Demo data ready.</source>
        <translation>Demodaten bereit.</translation>
    </message>
    <message>
        <source>-export</source>
        <translation>-export</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Import failed; the table you had is still loaded.</source>
        <translation>Import fehlgeschlagen; die bisherige Tabelle ist noch geladen.</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>%1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Keine Daten geladen</translation>
    </message>
    <message>
        <source>%L1 rows × %L2 columns</source>
        <translation>%L1 Zeilen × %L2 Spalten</translation>
    </message>
    <message>
        <source> · showing %L1 (%2)</source>
        <translation> · %L1 gezeigt (%2)</translation>
    </message>
    <message>
        <source>About Segmenta</source>
        <translation>Über Segmenta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Find customer segments, check a model per group, and watch what drifts from month to month.&lt;/p&gt;&lt;p&gt;Everything runs on this computer: no network, no telemetry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Kundensegmente finden, ein Modell je Gruppe prüfen und beobachten, was sich von Monat zu Monat verschiebt.&lt;/p&gt;&lt;p&gt;Alles läuft auf diesem Computer: kein Netzwerk, keine Telemetrie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record this file in &amp;history…</source>
        <translation>Diese Datei im &amp;Verlauf speichern…</translation>
    </message>
    <message>
        <source>Keep a summary of the loaded file as one month of a dataset, to follow its drift on the Drift page.</source>
        <translation>Eine Zusammenfassung der geladenen Datei als einen Monat eines Datensatzes aufbewahren, um ihren Drift auf der Seite Drift zu verfolgen.</translation>
    </message>
    <message>
        <source>Score with a saved &amp;model…</source>
        <translation>Mit einem gespeicherten &amp;Modell einordnen…</translation>
    </message>
    <message>
        <source>Apply a saved segmentation to a new month&apos;s CSV file and follow it on the Drift page.</source>
        <translation>Eine gespeicherte Segmentierung auf die CSV-Datei eines neuen Monats anwenden und sie auf der Seite Drift verfolgen.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MetricBarChart</name>
    <message>
        <source>Metric shown in the chart</source>
        <translation>Im Diagramm gezeigte Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Worse than the rest</source>
        <translation>Schlechter als der Rest</translation>
    </message>
    <message>
        <source>Too few rows to judge</source>
        <translation>Zu wenige Zeilen für ein Urteil</translation>
    </message>
    <message>
        <source>
95 % range: %1 to %2</source>
        <translation>
95-%-Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>
%1 rows</source>
        <translation>
%1 Zeilen</translation>
    </message>
    <message>
        <source>All rows: %1</source>
        <translation>Alle Zeilen: %1</translation>
    </message>
    <message>
        <source>%1 per slice</source>
        <translation>%1 je Gruppe</translation>
    </message>
    <message>
        <source> Whiskers: 95 % range.</source>
        <translation> Antennen: 95-%-Bereich.</translation>
    </message>
    <message>
        <source>Worse than the rest on %1</source>
        <translation>Schlechter als der Rest bei %1</translation>
    </message>
    <message>
        <source>Right-click or press Ctrl+S to save this chart as PNG or SVG.</source>
        <translation>Rechtsklick oder Strg+S speichert dieses Diagramm als PNG oder SVG.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ModelListDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Show on the Drift page</source>
        <translation>Auf der Seite Drift &amp;zeigen</translation>
    </message>
    <message>
        <source>Saved models of “%1”</source>
        <translation>Gespeicherte Modelle von „%1“</translation>
    </message>
    <message>
        <source>Saved models</source>
        <translation>Gespeicherte Modelle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share of rows</source>
        <translation>Anteil der Zeilen</translation>
    </message>
    <message>
        <source>Segments of the chosen model</source>
        <translation>Segmente des gewählten Modells</translation>
    </message>
    <message>
        <source>Give the model another name; its earlier versions and the months it scored keep going with it.</source>
        <translation>Dem Modell einen anderen Namen geben; seine früheren Versionen und die damit eingeordneten Monate gehören weiter dazu.</translation>
    </message>
    <message>
        <source>Remove the model and its scorings from the history; the recorded months stay.</source>
        <translation>Das Modell und seine Einordnungen aus dem Verlauf entfernen; die gespeicherten Monate bleiben.</translation>
    </message>
    <message>
        <source>Follow this model&apos;s segments month by month on the Drift page.</source>
        <translation>Die Segmente dieses Modells auf der Seite Drift Monat für Monat verfolgen.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>“%1” has no saved model. Build segments on the Segments page and choose Save as model….</source>
        <translation>„%1“ hat kein gespeichertes Modell. Bilden Sie auf der Seite Segmente Segmente und wählen Sie „Als Modell speichern…“.</translation>
    </message>
    <message>
        <source>Built on %1. </source>
        <translation>Gebildet auf %1. </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s); saved %1.</source>
        <translation>
            <numerusform>%n Segment; gespeichert %1.</numerusform>
            <numerusform>%n Segmente; gespeichert %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete the model?</source>
        <translation>Modell löschen?</translation>
    </message>
    <message>
        <source>Delete the model “%1” (all its versions) and its scorings from the history? The recorded months stay; this cannot be undone.</source>
        <translation>Das Modell „%1“ (alle Versionen) und seine Einordnungen aus dem Verlauf löschen? Die gespeicherten Monate bleiben; das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ModelSaver</name>
    <message>
        <source>No table is loaded.</source>
        <translation>Es ist keine Tabelle geladen.</translation>
    </message>
    <message>
        <source>Saved version %1 of the model “%2” in “%3”.</source>
        <translation>Version %1 des Modells „%2“ in „%3“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved the model “%1” in “%2”.</source>
        <translation>Modell „%1“ in „%2“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ModelScorer</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>No saved model</source>
        <translation>Kein gespeichertes Modell</translation>
    </message>
    <message>
        <source>“%1” has no saved segmentation yet. Build segments on the Segments page and save them, then score each new month with them.</source>
        <translation>„%1“ hat noch keine gespeicherte Segmentierung. Bilden Sie auf der Seite Segmente Segmente und speichern Sie sie; ordnen Sie dann jeden neuen Monat damit ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scored %1 with “%2”: %3 is now in “%4” (%5).</source>
        <translation>%1 mit „%2“ eingeordnet: %3 ist jetzt in „%4“ (%5).</translation>
    </message>
    <message>
        <source>Rows left out: %L1 of %L2, because a column the model needs is empty in them.</source>
        <translation>Ausgelassene Zeilen: %L1 von %L2, weil darin eine Spalte leer ist, die das Modell braucht.</translation>
    </message>
    <message>
        <source>Categories the model has not seen before (their rows were placed by their other values): %1.</source>
        <translation>Kategorien, die das Modell noch nicht kannte (ihre Zeilen wurden nach ihren übrigen Werten eingeordnet): %1.</translation>
    </message>
    <message>
        <source>The segments no longer fit this month well: building them again is suggested.</source>
        <translation>Die Segmente passen nicht mehr gut zu diesem Monat: Es wird empfohlen, sie neu zu bilden.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MonthEditor</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Change the &amp;date…</source>
        <translation>&amp;Datum ändern…</translation>
    </message>
    <message>
        <source>De&amp;lete from the history…</source>
        <translation>Aus dem Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Rename the month</source>
        <translation>Monat umbenennen</translation>
    </message>
    <message>
        <source>New name for %1 (as of %2):</source>
        <translation>Neuer Name für %1 (Stand %2):</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>The day %1 describes, usually the last day of the month it was exported for. The months are shown and compared in date order.</source>
        <translation>Der Tag, den %1 beschreibt, meist der letzte Tag des Monats, für den exportiert wurde. Die Monate werden nach Datum geordnet gezeigt und verglichen.</translation>
    </message>
    <message>
        <source>Delete the month?</source>
        <translation>Monat löschen?</translation>
    </message>
    <message>
        <source>Delete %1 (as of %2, from %3, %L4 rows) from the history? Its summaries and scorings go; the other months and the saved models stay as they are. This cannot be undone.</source>
        <translation>%1 (Stand %2, aus %3, %L4 Zeilen) aus dem Verlauf löschen? Seine Zusammenfassungen und Einordnungen werden entfernt; die anderen Monate und die gespeicherten Modelle bleiben, wie sie sind. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>%1 is now as of %2.</source>
        <translation>%1 hat jetzt den Stand %2.</translation>
    </message>
    <message>
        <source>Deleted %1 from the history.</source>
        <translation>%1 aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>The model shown was built on this month: delete the model first (Models…).</source>
        <translation>Das gezeigte Modell beruht auf diesem Monat: Löschen Sie zuerst das Modell (Modelle…).</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::OutcomeRateChart</name>
    <message>
        <source>Outcome rate per segment</source>
        <translation>Ergebnisrate je Segment</translation>
    </message>
    <message>
        <source>“%1” rate per segment</source>
        <translation>Anteil „%1“ je Segment</translation>
    </message>
    <message>
        <source>This data has no outcome column (such as “churned” or “bought again”), so there is no rate to follow. Mark a yes/no column as the outcome on the Data page before recording.</source>
        <translation>Diese Daten haben keine Ergebnisspalte (wie „abgewandert“ oder „wieder gekauft“), daher gibt es keinen Anteil zu verfolgen. Markieren Sie vor dem Speichern auf der Seite Daten eine Ja/Nein-Spalte als Ergebnis.</translation>
    </message>
    <message>
        <source>No month has both the outcome and segments recorded yet.</source>
        <translation>Noch kein Monat hat sowohl das Ergebnis als auch Segmente gespeichert.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>One line per segment, in the colours of the segment sizes above; point at a line to see which.</source>
        <translation>Eine Linie je Segment, in den Farben der Segmentgrößen oben; zeigen Sie auf eine Linie, um zu sehen, welches.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::PcaScatter</name>
    <message>
        <source>Map of the rows, coloured by segment</source>
        <translation>Karte der Zeilen, nach Segment gefärbt</translation>
    </message>
    <message>
        <source>Map of the rows</source>
        <translation>Karte der Zeilen</translation>
    </message>
    <message>
        <source>Main direction 1 (shows %1 of the spread)</source>
        <translation>Hauptrichtung 1 (zeigt %1 der Streuung)</translation>
    </message>
    <message>
        <source>Main direction 2 (%1)</source>
        <translation>Hauptrichtung 2 (%1)</translation>
    </message>
    <message>
        <source>The centre of “%1”: its typical row.</source>
        <translation>Das Zentrum von „%1“: seine typische Zeile.</translation>
    </message>
    <message>
        <source>Showing all %1 rows.</source>
        <translation>Alle %1 Zeilen werden gezeigt.</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>The column is drawn along the first direction.</source>
        <translation>Die Spalte wird entlang der ersten Richtung gezeichnet.</translation>
    </message>
    <message>
        <source>The %1 columns are flattened onto the two directions in which the rows differ most; together they show %2 of the differences.</source>
        <translation>Die %1 Spalten werden auf die zwei Richtungen abgebildet, in denen sich die Zeilen am meisten unterscheiden; zusammen zeigen sie %2 der Unterschiede.</translation>
    </message>
    <message>
        <source>Stars mark each segment&apos;s centre.</source>
        <translation>Sterne markieren das Zentrum jedes Segments.</translation>
    </message>
    <message>
        <source>Point at a dot to see that row. Drag to zoom into an area, scroll to zoom, Shift+drag to move, double-click or Home to reset. Click a dot to show only its segment. Right-click to save.</source>
        <translation>Zeigen Sie auf einen Punkt, um die Zeile zu sehen. Ziehen vergrößert einen Bereich, Scrollen zoomt, Umschalt+Ziehen verschiebt, Doppelklick oder Pos1 setzt zurück. Klick auf einen Punkt zeigt nur sein Segment. Rechtsklick speichert.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows as dots: a sample that keeps every segment visible. The shading underneath shows where all %2 rows lie (darker: more rows).</source>
        <translation>%1 von %2 Zeilen als Punkte: eine Stichprobe, in der jedes Segment sichtbar bleibt. Die Schattierung darunter zeigt, wo alle %2 Zeilen liegen (dunkler: mehr Zeilen).</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfileBuilder</name>
    <message>
        <source>Not defined here: the column has too few values.</source>
        <translation>Hier nicht bestimmt: Die Spalte hat zu wenige Werte.</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Frühestes</translation>
    </message>
    <message>
        <source>The first date in the column.</source>
        <translation>Das erste Datum in der Spalte.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Spätestes</translation>
    </message>
    <message>
        <source>The last date in the column.</source>
        <translation>Das letzte Datum in der Spalte.</translation>
    </message>
    <message>
        <source>Middle (median)</source>
        <translation>Mitte (Median)</translation>
    </message>
    <message>
        <source>Half of the dates are earlier, half later.</source>
        <translation>Die Hälfte der Daten liegt davor, die Hälfte danach.</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Kleinster Wert</translation>
    </message>
    <message>
        <source>The lowest value in the column.</source>
        <translation>Der niedrigste Wert in der Spalte.</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Größter Wert</translation>
    </message>
    <message>
        <source>The highest value in the column.</source>
        <translation>Der höchste Wert in der Spalte.</translation>
    </message>
    <message>
        <source>Average (mean)</source>
        <translation>Durchschnitt (Mittelwert)</translation>
    </message>
    <message>
        <source>The sum of the values divided by their count.</source>
        <translation>Die Summe der Werte geteilt durch ihre Anzahl.</translation>
    </message>
    <message>
        <source>Middle value (median)</source>
        <translation>Mittlerer Wert (Median)</translation>
    </message>
    <message>
        <source>Half of the values are below it, half above.</source>
        <translation>Die Hälfte der Werte liegt darunter, die Hälfte darüber.</translation>
    </message>
    <message>
        <source>Spread (std. deviation)</source>
        <translation>Streuung (Standardabweichung)</translation>
    </message>
    <message>
        <source>How far values typically are from the average (sample standard deviation, as in pandas).</source>
        <translation>Wie weit die Werte typischerweise vom Durchschnitt entfernt sind (Stichproben-Standardabweichung, wie in pandas).</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>payment card numbers</source>
        <translation>Kartennummern</translation>
    </message>
    <message>
        <source>Same value everywhere</source>
        <translation>Überall derselbe Wert</translation>
    </message>
    <message>
        <source>Every row has the same value, so it cannot tell customers apart.</source>
        <translation>Jede Zeile hat denselben Wert, deshalb unterscheidet die Spalte keine Kunden.</translation>
    </message>
    <message>
        <source>Almost always the same</source>
        <translation>Fast immer gleich</translation>
    </message>
    <message>
        <source>At least 95 % of the rows have the same value; it says little about differences.</source>
        <translation>Mindestens 95 % der Zeilen haben denselben Wert; die Spalte sagt wenig über Unterschiede aus.</translation>
    </message>
    <message>
        <source>Looks like an identifier</source>
        <translation>Sieht aus wie eine Kennung</translation>
    </message>
    <message>
        <source>Nearly every row has its own value, like a customer id or an e-mail. It is not used to find segments.</source>
        <translation>Fast jede Zeile hat einen eigenen Wert, wie eine Kundennummer oder eine E-Mail. Sie wird nicht zum Finden von Segmenten verwendet.</translation>
    </message>
    <message>
        <source>Mostly missing</source>
        <translation>Meist leer</translation>
    </message>
    <message>
        <source>Half of the rows or more have no value here.</source>
        <translation>Die Hälfte der Zeilen oder mehr hat hier keinen Wert.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Every value is missing; the column tells nothing.</source>
        <translation>Alle Werte fehlen; die Spalte sagt nichts aus.</translation>
    </message>
    <message>
        <source>Copy of another column</source>
        <translation>Kopie einer anderen Spalte</translation>
    </message>
    <message>
        <source>The same values, row by row, as an earlier column.</source>
        <translation>Zeile für Zeile dieselben Werte wie eine frühere Spalte.</translation>
    </message>
    <message>
        <source>Personal data: %1</source>
        <translation>Personenbezogene Daten: %1</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>person names</source>
        <translation>Personennamen</translation>
    </message>
    <message>
        <source>street addresses</source>
        <translation>Straßenadressen</translation>
    </message>
    <message>
        <source>text with personal data in it</source>
        <translation>Text mit personenbezogenen Daten darin</translation>
    </message>
    <message>
        <source>personal identity or account numbers</source>
        <translation>Ausweis- oder Kontonummern</translation>
    </message>
    <message>
        <source>About %1 % of the checked values look like %2.</source>
        <translation>Etwa %1 % der geprüften Werte sehen aus wie %2.</translation>
    </message>
    <message>
        <source>The column&apos;s name says it holds %1.</source>
        <translation>Laut Spaltenname enthält sie %1.</translation>
    </message>
    <message>
        <source>Segmenta never stores its values in the history or a saved model, and leaves it out of segment exports.</source>
        <translation>Segmenta speichert ihre Werte nie im Verlauf oder in einem gespeicherten Modell und lässt sie beim Export der Segmente weg.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfileHeatmap</name>
    <message>
        <source>Profile of each segment</source>
        <translation>Profil jedes Segments</translation>
    </message>
    <message>
        <source>Run a segmentation to see how the segments differ.</source>
        <translation>Führen Sie eine Segmentierung aus, um zu sehen, wie sich die Segmente unterscheiden.</translation>
    </message>
    <message>
        <source>Each row is a segment, each column one of your columns. Red: the segment&apos;s average is higher than everyone&apos;s; blue: lower; white: about the same. Click a row to show only that segment everywhere. Right-click to save the picture.</source>
        <translation>Jede Zeile ist ein Segment, jede Spalte eine Ihrer Spalten. Rot: Der Durchschnitt des Segments liegt über dem aller; blau: darunter; weiß: etwa gleich. Klick auf eine Zeile zeigt überall nur dieses Segment. Rechtsklick speichert das Bild.</translation>
    </message>
    <message>
        <source>Compared with everyone:</source>
        <translation>Im Vergleich mit allen:</translation>
    </message>
    <message>
        <source>much lower</source>
        <translation>viel niedriger</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>much higher</source>
        <translation>viel höher</translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>%1
Click to show only this segment everywhere (click again to show all).</source>
        <translation>%1
Klicken, um überall nur dieses Segment zu zeigen (erneut klicken zeigt alle).</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::QualityChart</name>
    <message>
        <source>Mean distance to the segment centre</source>
        <translation>Mittlerer Abstand zum Segmentzentrum</translation>
    </message>
    <message>
        <source>Save a segmentation model on the Segments page to follow how well it fits each month.</source>
        <translation>Speichern Sie auf der Seite Segmente ein Segmentierungsmodell, um zu verfolgen, wie gut es zu jedem Monat passt.</translation>
    </message>
    <message>
        <source>No month has been scored with this model yet, so there is no fit to show.</source>
        <translation>Noch kein Monat wurde mit diesem Modell bewertet, daher gibt es keine Passung zu zeigen.</translation>
    </message>
    <message>
        <source>In the training month</source>
        <translation>Im Trainingsmonat</translation>
    </message>
    <message>
        <source>Latest month: %1 (training: %2, %3 %4).</source>
        <translation>Letzter Monat: %1 (Training: %2, %3 %4).</translation>
    </message>
    <message>
        <source>up</source>
        <translation>gestiegen</translation>
    </message>
    <message>
        <source>down</source>
        <translation>gesunken</translation>
    </message>
    <message>
        <source>The training month&apos;s fit is not recorded, so there is no line to compare with.</source>
        <translation>Die Passung des Trainingsmonats ist nicht gespeichert, daher gibt es keine Vergleichslinie.</translation>
    </message>
    <message>
        <source>How well the segments fit: mean distance to the centre (lower is better)</source>
        <translation>Wie gut die Segmente passen: mittlerer Abstand zum Zentrum (niedriger ist besser)</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RecordDialog</name>
    <message>
        <source>&amp;One snapshot per period of a date column</source>
        <translation>&amp;Ein Stand je Zeitraum einer Datumsspalte</translation>
    </message>
    <message>
        <source>Record this file in history</source>
        <translation>Diese Datei im Verlauf speichern</translation>
    </message>
    <message>
        <source>Segmenta keeps a short summary of each column (never the rows themselves, never names or e-mails) so the Drift page can show what changed from one month to the next.</source>
        <translation>Segmenta bewahrt eine kurze Zusammenfassung jeder Spalte auf (nie die Zeilen selbst, nie Namen oder E-Mail-Adressen), damit die Seite Drift zeigen kann, was sich von einem Monat zum nächsten geändert hat.</translation>
    </message>
    <message>
        <source>Months of the same export belong to one dataset, e.g. “customers”. Pick an existing one or type a new name.</source>
        <translation>Monate desselben Exports gehören zu einem Datensatz, z. B. „Kunden“. Wählen Sie einen vorhandenen oder geben Sie einen neuen Namen ein.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>The day this data describes, usually the last day of the month it was exported for.</source>
        <translation>Der Tag, den diese Daten beschreiben, meist der letzte Tag des Monats, für den exportiert wurde.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Taken from the latest date in the file.</source>
        <translation>Aus dem spätesten Datum der Datei übernommen.</translation>
    </message>
    <message>
        <source>Taken from the file name.</source>
        <translation>Aus dem Dateinamen übernommen.</translation>
    </message>
    <message>
        <source>No date found in the file: today is suggested.</source>
        <translation>Kein Datum in der Datei gefunden: Heute wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>For a file that holds several months: each month (or week, or quarter) of the chosen date column becomes its own snapshot.</source>
        <translation>Für eine Datei mit mehreren Monaten: Jeder Monat (oder jede Woche, jedes Quartal) der gewählten Datumsspalte wird ein eigener Stand.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Date &amp;column:</source>
        <translation>Datums&amp;spalte:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>This file has no date column to split by.</source>
        <translation>Diese Datei hat keine Datumsspalte zum Aufteilen.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Taken from the latest date in the file. The file name says %1: if the file is for that day or month, change the date above.</source>
        <translation>Aus dem spätesten Datum der Datei übernommen. Der Dateiname nennt %1: Gilt die Datei für diesen Tag oder Monat, ändern Sie das Datum oben.</translation>
    </message>
    <message>
        <source>Type a name for the dataset, e.g. “customers”.</source>
        <translation>Geben Sie einen Namen für den Datensatz ein, z. B. „Kunden“.</translation>
    </message>
    <message>
        <source>Adds a snapshot to the dataset “%1” already in the history.</source>
        <translation>Fügt dem Datensatz „%1“, der schon im Verlauf ist, einen Stand hinzu.</translation>
    </message>
    <message>
        <source>Starts the history with a new dataset “%1”.</source>
        <translation>Beginnt den Verlauf mit einem neuen Datensatz „%1“.</translation>
    </message>
    <message>
        <source>Starts a new dataset “%1”; its months are compared only with each other. To add this file to a dataset already in the history (%2), pick it from the list.</source>
        <translation>Legt einen neuen Datensatz „%1“ an; seine Monate werden nur untereinander verglichen. Um diese Datei einem Datensatz hinzuzufügen, der schon im Verlauf ist (%2), wählen Sie ihn aus der Liste.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ReliabilityChart</name>
    <message>
        <source>Not enough rows in any score range to tell how trustworthy the scores are for %1.</source>
        <translation>In keinem Score-Bereich gibt es genug Zeilen, um zu sagen, wie verlässlich die Scores für %1 sind.</translation>
    </message>
    <message>
        <source>When the model says %1, it happens %2 of the time for %3 (%4 rows).</source>
        <translation>Wenn das Modell %1 sagt, tritt es bei %3 in %2 der Fälle ein (%4 Zeilen).</translation>
    </message>
    <message>
        <source>Its scores can be read as probabilities here: every score range with enough rows is within 5 points.</source>
        <translation>Seine Scores lassen sich hier als Wahrscheinlichkeiten lesen: Jeder Score-Bereich mit genug Zeilen liegt innerhalb von 5 Punkten.</translation>
    </message>
    <message>
        <source>Choose a score column (a probability between 0 and 1) to see whether the model&apos;s scores can be trusted as probabilities.</source>
        <translation>Wählen Sie eine Score-Spalte (eine Wahrscheinlichkeit zwischen 0 und 1), um zu sehen, ob die Scores des Modells als Wahrscheinlichkeiten taugen.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>What the model said (mean score)</source>
        <translation>Was das Modell sagte (mittlerer Score)</translation>
    </message>
    <message>
        <source>What happened (share)</source>
        <translation>Was eintrat (Anteil)</translation>
    </message>
    <message>
        <source>Model said %1 on average; it happened %2 of the time.</source>
        <translation>Das Modell sagte im Mittel %1; eingetreten ist es in %2 der Fälle.</translation>
    </message>
    <message>
        <source>Can the scores be trusted as probabilities?</source>
        <translation>Taugen die Scores als Wahrscheinlichkeiten?</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows in each score range — %1</source>
        <translation>Zeilen je Score-Bereich — %1</translation>
    </message>
    <message>
        <source>Perfect</source>
        <translation>Perfekt</translation>
    </message>
    <message>
        <source>Score range, up to (%)</source>
        <translation>Score-Bereich, bis (%)</translation>
    </message>
    <message>
        <source>Right-click or press Ctrl+S to save this chart as PNG or SVG.</source>
        <translation>Rechtsklick oder Strg+S speichert dieses Diagramm als PNG oder SVG.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RenameSegmentCommand</name>
    <message>
        <source>rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RunPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>an ID</source>
        <translation>eine Kennung</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personenbezogene Daten</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>ein Ergebnis</translation>
    </message>
    <message>
        <source>a model&apos;s score</source>
        <translation>ein Modellwert</translation>
    </message>
    <message>
        <source>set to ignore</source>
        <translation>auf „ignorieren“ gesetzt</translation>
    </message>
    <message>
        <source>too many different values</source>
        <translation>zu viele verschiedene Werte</translation>
    </message>
    <message>
        <source>always the same</source>
        <translation>immer gleich</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Group the rows using the columns ticked above (Ctrl+Enter).</source>
        <translation>Die Zeilen anhand der oben angekreuzten Spalten gruppieren (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Group rows by</source>
        <translation>Zeilen gruppieren nach</translation>
    </message>
    <message>
        <source>Columns to group by</source>
        <translation>Spalten zum Gruppieren</translation>
    </message>
    <message>
        <source>Tick the columns that describe how rows differ. Hover a column to see why it is or is not ticked.</source>
        <translation>Kreuzen Sie die Spalten an, die beschreiben, wie sich Zeilen unterscheiden. Zeigen Sie auf eine Spalte, um zu sehen, warum sie (nicht) angekreuzt ist.</translation>
    </message>
    <message>
        <source>&amp;Recommended</source>
        <translation>&amp;Empfohlen</translation>
    </message>
    <message>
        <source>Tick again the columns Segmenta recommends.</source>
        <translation>Die von Segmenta empfohlenen Spalten wieder ankreuzen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Untick every column.</source>
        <translation>Alle Kreuze entfernen.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Standard (k-means)</source>
        <translation>Standard (k-Means)</translation>
    </message>
    <message>
        <source>Each row belongs to exactly one segment: the one whose centre is nearest. A good default.</source>
        <translation>Jede Zeile gehört zu genau einem Segment: dem mit dem nächsten Zentrum. Eine gute Voreinstellung.</translation>
    </message>
    <message>
        <source>Soft, any shape (Gaussian mixture)</source>
        <translation>Weich, beliebige Form (Gaußsche Mischung)</translation>
    </message>
    <message>
        <source>Gives each row a probability of belonging to each segment; segments may be stretched or tilted. Slower.</source>
        <translation>Gibt jeder Zeile eine Wahrscheinlichkeit, zu jedem Segment zu gehören; Segmente dürfen gestreckt oder geneigt sein. Langsamer.</translation>
    </message>
    <message>
        <source>Soft, simple shape (diagonal mixture)</source>
        <translation>Weich, einfache Form (diagonale Mischung)</translation>
    </message>
    <message>
        <source>Probabilities like the mixture above, but each segment is stretched only along the columns. Faster.</source>
        <translation>Wahrscheinlichkeiten wie beim Mischmodell oben, aber jedes Segment ist nur entlang der Spalten gestreckt. Schneller.</translation>
    </message>
    <message>
        <source>Very large files (mini-batch k-means)</source>
        <translation>Sehr große Dateien (Mini-Batch-k-Means)</translation>
    </message>
    <message>
        <source>Learns from small batches of rows: much faster on millions of rows, slightly less exact.</source>
        <translation>Lernt aus kleinen Stapeln von Zeilen: viel schneller bei Millionen Zeilen, etwas weniger genau.</translation>
    </message>
    <message>
        <source>How rows are put into segments. Hover an entry for an explanation.</source>
        <translation>Wie Zeilen Segmenten zugeordnet werden. Zeigen Sie auf einen Eintrag für eine Erklärung.</translation>
    </message>
    <message>
        <source>Find the best, up to</source>
        <translation>Das Beste finden, bis zu</translation>
    </message>
    <message>
        <source>Try every number of segments from 2 up to this and pick the one that separates the rows most clearly.</source>
        <translation>Jede Segmentanzahl von 2 bis zu dieser ausprobieren und die wählen, die die Zeilen am klarsten trennt.</translation>
    </message>
    <message>
        <source>Largest number of segments to try</source>
        <translation>Größte zu probierende Segmentanzahl</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>Genau</translation>
    </message>
    <message>
        <source>Make exactly this many segments.</source>
        <translation>Genau so viele Segmente bilden.</translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation>Anzahl der Segmente</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Same footing (standard)</source>
        <translation>Gleiche Basis (Standard)</translation>
    </message>
    <message>
        <source>Every column counts equally: values are measured in standard deviations from the average.</source>
        <translation>Jede Spalte zählt gleich: Werte werden in Standardabweichungen vom Durchschnitt gemessen.</translation>
    </message>
    <message>
        <source>Resist extremes (robust)</source>
        <translation>Extremwerte dämpfen (robust)</translation>
    </message>
    <message>
        <source>Like standard, but a few extreme values do not squash everyone else (median and quartiles).</source>
        <translation>Wie Standard, aber wenige Extremwerte drücken nicht alle anderen zusammen (Median und Quartile).</translation>
    </message>
    <message>
        <source>Squeeze to 0–1 (min–max)</source>
        <translation>Auf 0–1 stauchen (Min–Max)</translation>
    </message>
    <message>
        <source>The smallest value becomes 0 and the largest 1.</source>
        <translation>Der kleinste Wert wird 0, der größte 1.</translation>
    </message>
    <message>
        <source>As they are (none)</source>
        <translation>Unverändert (keine)</translation>
    </message>
    <message>
        <source>Use the numbers unchanged: columns with big numbers (like money) will dominate.</source>
        <translation>Die Zahlen unverändert verwenden: Spalten mit großen Zahlen (etwa Geldbeträge) dominieren dann.</translation>
    </message>
    <message>
        <source>How columns measured in different units are made comparable.</source>
        <translation>Wie Spalten mit verschiedenen Einheiten vergleichbar gemacht werden.</translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <source>Tame very skewed columns</source>
        <translation>Sehr schiefe Spalten bändigen</translation>
    </message>
    <message>
        <source>Columns such as money or counts where a few rows have huge values are compressed (log of 1 + value) so that those few rows do not decide the segments alone.</source>
        <translation>Spalten wie Geldbeträge oder Anzahlen, in denen wenige Zeilen riesige Werte haben, werden gestaucht (Logarithmus von 1 + Wert), damit diese wenigen Zeilen die Segmente nicht allein bestimmen.</translation>
    </message>
    <message>
        <source>The starting point of the random choices. The same seed on the same data always gives the same segments.</source>
        <translation>Der Startpunkt der Zufallsentscheidungen. Derselbe Startwert liefert auf denselben Daten immer dieselben Segmente.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>Greyed columns are left out by default; hover one to see why.</source>
        <translation>Ausgegraute Spalten bleiben standardmäßig außen vor; zeigen Sie auf eine, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Tick at least one column to group by.</source>
        <translation>Kreuzen Sie mindestens eine Spalte zum Gruppieren an.</translation>
    </message>
    <message>
        <source>1 column is very skewed.</source>
        <translation>1 Spalte ist sehr schief verteilt.</translation>
    </message>
    <message>
        <source>%1 columns are very skewed.</source>
        <translation>%1 Spalten sind sehr schief verteilt.</translation>
    </message>
    <message>
        <source>Find se&amp;gments</source>
        <translation>Se&amp;gmente finden</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>Me&amp;thode:</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SaveModelDialog</name>
    <message>
        <source>Save the segments as a model</source>
        <translation>Die Segmente als Modell speichern</translation>
    </message>
    <message>
        <source>A saved model keeps these segments, so that each new month can be put into the same segments (Drift page ▸ Score new month…) and compared with this one. The month they were built on is recorded in the dataset too, unless it is there already.</source>
        <translation>Ein gespeichertes Modell bewahrt diese Segmente, damit jeder neue Monat in dieselben Segmente eingeordnet (Seite Drift ▸ Neuen Monat einordnen…) und mit diesem verglichen werden kann. Der Monat, auf dem sie gebildet wurden, wird ebenfalls im Datensatz gespeichert, sofern er nicht schon dort ist.</translation>
    </message>
    <message>
        <source>Months of the same export belong to one dataset, e.g. “customers”. Pick an existing one or type a new name.</source>
        <translation>Monate desselben Exports gehören zu einem Datensatz, z. B. „Kunden“. Wählen Sie einen vorhandenen oder geben Sie einen neuen Namen ein.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Saving again under a name already used keeps the old one as an earlier version; scoring uses the newest.</source>
        <translation>Erneutes Speichern unter einem vergebenen Namen behält das alte Modell als frühere Version; eingeordnet wird mit der neuesten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Save model</source>
        <translation>Modell &amp;speichern</translation>
    </message>
    <message>
        <source>Type a name for the dataset, e.g. “customers”.</source>
        <translation>Geben Sie einen Namen für den Datensatz ein, z. B. „Kunden“.</translation>
    </message>
    <message>
        <source>Type a name for the model, e.g. “Spring segments”.</source>
        <translation>Geben Sie einen Namen für das Modell ein, z. B. „Frühjahrssegmente“.</translation>
    </message>
    <message>
        <source>“%1” is already saved in “%2”: this saves version %3 of it, and scoring uses the new version.</source>
        <translation>„%1“ ist in „%2“ schon gespeichert: Dies speichert Version %3, und eingeordnet wird mit der neuen Version.</translation>
    </message>
    <message>
        <source>Saves a new model “%1” in the dataset “%2”.</source>
        <translation>Speichert ein neues Modell „%1“ im Datensatz „%2“.</translation>
    </message>
    <message>
        <source>Starts a new dataset “%1” with the month these segments were built on.</source>
        <translation>Beginnt einen neuen Datensatz „%1“ mit dem Monat, auf dem diese Segmente gebildet wurden.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ScoreDialog</name>
    <message>
        <source>&amp;Take the date from the file</source>
        <translation>Datum aus der &amp;Datei nehmen</translation>
    </message>
    <message>
        <source>Score a new month with a saved model</source>
        <translation>Einen neuen Monat mit einem gespeicherten Modell einordnen</translation>
    </message>
    <message>
        <source>Segmenta puts every row of the file into one of the saved model&apos;s segments, records the month in “%1” and shows how far it has moved from the month the segments were built on.</source>
        <translation>Segmenta ordnet jede Zeile der Datei einem Segment des gespeicherten Modells zu, zeichnet den Monat in „%1“ auf und zeigt, wie weit er sich von dem Monat entfernt hat, auf dem die Segmente gebildet wurden.</translation>
    </message>
    <message>
        <source>The new month&apos;s export, e.g. customers_2026-07.csv</source>
        <translation>Der Export des neuen Monats, z. B. customers_2026-07.csv</translation>
    </message>
    <message>
        <source>A CSV file with the same columns the model was built on.</source>
        <translation>Eine CSV-Datei mit denselben Spalten, auf denen das Modell gebildet wurde.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Pick the CSV file to score.</source>
        <translation>Wählen Sie die CSV-Datei, die eingeordnet werden soll.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>%1 (built on %2)</source>
        <translation>%1 (gebildet auf %2)</translation>
    </message>
    <message>
        <source>The saved segmentation to apply. Its segments stay the same, so the months can be compared.</source>
        <translation>Die gespeicherte Segmentierung, die angewendet wird. Ihre Segmente bleiben gleich, damit sich die Monate vergleichen lassen.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Use the latest date in the file; without dates in it, a date in its name (“customers_2026-07.csv” → 2026-07-31); else today.</source>
        <translation>Das späteste Datum in der Datei verwenden; ohne Datumsangaben darin ein Datum im Dateinamen („customers_2026-07.csv“ → 2026-07-31); sonst heute.</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>The day this data describes, usually the last day of the month it was exported for.</source>
        <translation>Der Tag, den diese Daten beschreiben, meist der letzte Tag des Monats, für den exportiert wurde.</translation>
    </message>
    <message>
        <source>&amp;Score and record</source>
        <translation>&amp;Einordnen und aufzeichnen</translation>
    </message>
    <message>
        <source>Choose the file to score</source>
        <translation>Datei zum Einordnen auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file of the new month.</source>
        <translation>Wählen Sie die CSV-Datei des neuen Monats.</translation>
    </message>
    <message>
        <source>There is no file at this place. Check the name or choose it again.</source>
        <translation>An dieser Stelle gibt es keine Datei. Prüfen Sie den Namen oder wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is not a folder and that you may open it.</source>
        <translation>Diese Datei kann nicht gelesen werden. Prüfen Sie, ob es kein Ordner ist und Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” has no saved model yet: build segments on the Segments page and save them first.</source>
        <translation>„%1“ hat noch kein gespeichertes Modell: Bilden Sie zuerst auf der Seite Segmente Segmente und speichern Sie sie.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCard</name>
    <message>
        <source>New name for this segment</source>
        <translation>Neuer Name für dieses Segment</translation>
    </message>
    <message>
        <source>%1 rows · %2</source>
        <translation>%1 Zeilen · %2</translation>
    </message>
    <message>
        <source>How many rows are in this segment, and their share of all rows that were grouped.</source>
        <translation>Wie viele Zeilen in diesem Segment sind und ihr Anteil an allen gruppierten Zeilen.</translation>
    </message>
    <message>
        <source>Click to show only this segment everywhere (and on the Data page). Double-click the name or press F2 to rename it.</source>
        <translation>Klicken, um überall (auch auf der Seite Daten) nur dieses Segment zu zeigen. Doppelklick auf den Namen oder F2 benennt es um.</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segment %1: %2</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCards</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentExportButton</name>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Save the segments as CSV files for a spreadsheet.</source>
        <translation>Die Segmente als CSV-Dateien für eine Tabellenkalkulation speichern.</translation>
    </message>
    <message>
        <source>Rows with their segment (CSV)…</source>
        <translation>Zeilen mit ihrem Segment (CSV)…</translation>
    </message>
    <message>
        <source>Export rows with their segment</source>
        <translation>Zeilen mit ihrem Segment exportieren</translation>
    </message>
    <message>
        <source>Every row of your file plus its segment number and name.</source>
        <translation>Jede Zeile Ihrer Datei mit Segmentnummer und -name.</translation>
    </message>
    <message>
        <source>Segment summary (CSV)…</source>
        <translation>Segmentübersicht (CSV)…</translation>
    </message>
    <message>
        <source>Export segment summary</source>
        <translation>Segmentübersicht exportieren</translation>
    </message>
    <message>
        <source>One row per segment: name, description, size and the average of each column.</source>
        <translation>Eine Zeile je Segment: Name, Beschreibung, Größe und der Durchschnitt jeder Spalte.</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 rows with their segment to %2.</source>
        <translation>%1 Zeilen mit ihrem Segment unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Saved the summary of the segments to %1.</source>
        <translation>Die Zusammenfassung der Segmente wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Personal data left out: %1.</source>
        <translation>Personenbezogene Daten weggelassen: %1.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentShareChart</name>
    <message>
        <source>Segment sizes over time</source>
        <translation>Segmentgrößen im Zeitverlauf</translation>
    </message>
    <message>
        <source>No segmentation model for this dataset yet: find segments on the Segments page and save the model, then its segment sizes appear here month by month.</source>
        <translation>Noch kein Segmentierungsmodell für diesen Datensatz: Finden Sie Segmente auf der Seite Segmente und speichern Sie das Modell; dann erscheinen hier seine Segmentgrößen Monat für Monat.</translation>
    </message>
    <message>
        <source>No month has been scored with this model yet. Score a month with “segmenta-cli score FILE --db … --model %1” or record one from the Segments page.</source>
        <translation>Noch kein Monat wurde mit diesem Modell bewertet. Bewerten Sie einen Monat mit „segmenta-cli score DATEI --db … --model %1“ oder speichern Sie einen von der Seite Segmente aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) were not scored with this model and are left out.</source>
        <translation>
            <numerusform>%n Monat wurde nicht mit diesem Modell bewertet und bleibt außen vor.</numerusform>
            <numerusform>%n Monate wurden nicht mit diesem Modell bewertet und bleiben außen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentText</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2
Most common here: %3, %4 of the segment (%5 of everyone).</source>
        <translation>%1 — %2
Hier am häufigsten: %3, %4 des Segments (%5 aller).</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> Tage her</translation>
    </message>
    <message>
        <source>Cannot compare: this column has the same value everywhere.</source>
        <translation>Kein Vergleich möglich: Diese Spalte hat überall denselben Wert.</translation>
    </message>
    <message>
        <source>About the same as everyone.</source>
        <translation>Etwa wie alle.</translation>
    </message>
    <message>
        <source>%1 standard deviations above everyone&apos;s average.</source>
        <translation>%1 Standardabweichungen über dem Durchschnitt aller.</translation>
    </message>
    <message>
        <source>%1 standard deviations below everyone&apos;s average.</source>
        <translation>%1 Standardabweichungen unter dem Durchschnitt aller.</translation>
    </message>
    <message>
        <source>%1 — %2
Average here: %3%4 (everyone: %5%4)
Median here: %6%4 (everyone: %7%4)
%8</source>
        <translation>%1 — %2
Durchschnitt hier: %3%4 (alle: %5%4)
Median hier: %6%4 (alle: %7%4)
%8</translation>
    </message>
    <message>
        <source>Not computed.</source>
        <translation>Nicht berechnet.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 Punkte</translation>
    </message>
    <message>
        <source>%1 of this segment has %2 = %3, against %4 of everyone (%5 as common). Chance of a difference this large by luck: p = %6 after correction.</source>
        <translation>%1 dieses Segments hat %2 = %3, gegenüber %4 aller (%5 so häufig). Wahrscheinlichkeit eines so großen Unterschieds durch Zufall: p = %6 nach Korrektur.</translation>
    </message>
    <message>
        <source>%1 (days ago)</source>
        <translation>%1 (vor Tagen)</translation>
    </message>
    <message>
        <source>%1 the average</source>
        <translation>%1 dem Durchschnitt</translation>
    </message>
    <message>
        <source>Average here %1, everyone %2; median here %3. The segment is %4 standard deviations %5 the other rows. Chance of a difference this large by luck: p = %6 after correction.</source>
        <translation>Durchschnitt hier %1, alle %2; Median hier %3. Das Segment liegt %4 Standardabweichungen %5 den übrigen Zeilen. Wahrscheinlichkeit eines so großen Unterschieds durch Zufall: p = %6 nach Korrektur.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>k-means</source>
        <translation>k-Means</translation>
    </message>
    <message>
        <source>mini-batch k-means</source>
        <translation>Mini-Batch-k-Means</translation>
    </message>
    <message>
        <source>a diagonal Gaussian mixture</source>
        <translation>einer diagonalen Gaußschen Mischung</translation>
    </message>
    <message>
        <source>a Gaussian mixture</source>
        <translation>einer Gaußschen Mischung</translation>
    </message>
    <message>
        <source>clearly separated</source>
        <translation>klar getrennt</translation>
    </message>
    <message>
        <source>fairly separated</source>
        <translation>ziemlich gut getrennt</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>überlappend</translation>
    </message>
    <message>
        <source>The segments are %1 (separation %2 on a scale from −1 to 1).</source>
        <translation>Die Segmente sind %1 (Trennung %2 auf einer Skala von −1 bis 1).</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>You asked for %1.</source>
        <translation>Sie haben %1 verlangt.</translation>
    </message>
    <message>
        <source>%1 in %2 rows, grouped by %3 with %4.</source>
        <translation>%1 in %2 Zeilen, gruppiert nach %3 mit %4.</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>rows are clearly closer to their own segment than to the next one</source>
        <translation>die Zeilen liegen deutlich näher an ihrem eigenen Segment als am nächsten</translation>
    </message>
    <message>
        <source>the segments are reasonably separated</source>
        <translation>die Segmente sind ordentlich getrennt</translation>
    </message>
    <message>
        <source>the segments overlap, so read them as broad groups</source>
        <translation>die Segmente überlappen sich, lesen Sie sie also als grobe Gruppen</translation>
    </message>
    <message>
        <source>k = %1 describes the data best for its size (lowest BIC, %2).</source>
        <translation>k = %1 beschreibt die Daten im Verhältnis zu seiner Größe am besten (niedrigstes BIC, %2).</translation>
    </message>
    <message>
        <source>k = %1 separates the rows best among 3 to 6 segments (silhouette %2): %3. Two segments separate a little better (%4) but one of them would hold %5 of the rows.</source>
        <translation>k = %1 trennt die Zeilen unter 3 bis 6 Segmenten am besten (Silhouette %2): %3. Zwei Segmente trennen etwas besser (%4), aber eines davon enthielte %5 der Zeilen.</translation>
    </message>
    <message>
        <source>k = %1 separates the rows best.</source>
        <translation>k = %1 trennt die Zeilen am besten.</translation>
    </message>
    <message>
        <source>k = %1 separates the rows best (silhouette %2): %3.</source>
        <translation>k = %1 trennt die Zeilen am besten (Silhouette %2): %3.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentWording</name>
    <message>
        <source>High spend</source>
        <translation>Hohe Ausgaben</translation>
    </message>
    <message>
        <source>Low spend</source>
        <translation>Niedrige Ausgaben</translation>
    </message>
    <message>
        <source>Big baskets</source>
        <translation>Große Warenkörbe</translation>
    </message>
    <message>
        <source>Small baskets</source>
        <translation>Kleine Warenkörbe</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Abgesprungen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Kürzlich aktiv</translation>
    </message>
    <message>
        <source>Frequent</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <source>Infrequent</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Engagiert</translation>
    </message>
    <message>
        <source>Less engaged</source>
        <translation>Weniger engagiert</translation>
    </message>
    <message>
        <source>Long-standing</source>
        <translation>Langjährig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Many returns</source>
        <translation>Viele Retouren</translation>
    </message>
    <message>
        <source>Few returns</source>
        <translation>Wenige Retouren</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Younger</source>
        <translation>Jünger</translation>
    </message>
    <message>
        <source>Discount lovers</source>
        <translation>Rabattfans</translation>
    </message>
    <message>
        <source>Few discounts</source>
        <translation>Wenig Rabatte</translation>
    </message>
    <message>
        <source>High %1</source>
        <comment>name part: a column with high values</comment>
        <translation>Hoch: %1</translation>
    </message>
    <message>
        <source>Low %1</source>
        <comment>name part: a column with low values</comment>
        <translation>Niedrig: %1</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <comment>name part: a yes/no column mostly yes</comment>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <comment>name part: a yes/no column mostly no</comment>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>Mostly %1</source>
        <comment>name part: a category level</comment>
        <translation>Meist %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <comment>name part: a category level</comment>
        <translation>Mehr %1</translation>
    </message>
    <message>
        <source>spends %1 the average customer</source>
        <translation>gibt %1 aus wie der durchschnittliche Kunde</translation>
    </message>
    <message>
        <source>spends %1 more than the average customer</source>
        <translation>gibt %1 mehr aus als der durchschnittliche Kunde</translation>
    </message>
    <message>
        <source>spends %1 less than the average customer</source>
        <translation>gibt %1 weniger aus als der durchschnittliche Kunde</translation>
    </message>
    <message>
        <source>%1 %2 the average</source>
        <comment>column, ratio</comment>
        <translation>%1 %2 der Durchschnitt</translation>
    </message>
    <message>
        <source>%1 %2 above the average</source>
        <comment>column, percent</comment>
        <translation>%1 %2 über dem Durchschnitt</translation>
    </message>
    <message>
        <source>%1 %2 below the average</source>
        <comment>column, percent</comment>
        <translation>%1 %2 unter dem Durchschnitt</translation>
    </message>
    <message>
        <source>last ordered %1 days ago (median)</source>
        <translation>letzte Bestellung vor %1 Tagen (Median)</translation>
    </message>
    <message>
        <source>%1 %2 days ago (median)</source>
        <comment>column, days</comment>
        <translation>%1 vor %2 Tagen (Median)</translation>
    </message>
    <message>
        <source>%1 have %2 %3 (vs %4 overall)</source>
        <comment>share, column, level, overall share</comment>
        <translation>%1 haben %2 %3 (gegenüber %4 insgesamt)</translation>
    </message>
    <message>
        <source>%1 have %2 (vs %3 overall)</source>
        <comment>share, yes/no column, overall share</comment>
        <translation>%1 haben %2 (gegenüber %3 insgesamt)</translation>
    </message>
    <message>
        <source>%1 averages %2 (vs %3 overall)</source>
        <comment>column, segment mean, overall mean</comment>
        <translation>%1 im Mittel %2 (gegenüber %3 insgesamt)</translation>
    </message>
    <message>
        <source>Average profile</source>
        <translation>Durchschnittsprofil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated segment name and its number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Close to the average on every feature.</source>
        <translation>Bei jedem Merkmal nahe am Durchschnitt.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a one-phrase segment description</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <comment>a two-phrase segment description</comment>
        <translation>%1 und %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentsPage</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Stopped. The segments shown before are unchanged.</source>
        <translation>Angehalten. Die zuvor gezeigten Segmente sind unverändert.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Import a CSV file of your customers (or any rows) on the Data page, or open the demo data to try Segmenta out. Segmenta will then find groups of similar rows and explain each in plain words.</source>
        <translation>Importieren Sie auf der Seite Daten eine CSV-Datei Ihrer Kunden (oder beliebiger Zeilen), oder öffnen Sie die Demodaten, um Segmenta auszuprobieren. Segmenta findet dann Gruppen ähnlicher Zeilen und erklärt jede in einfachen Worten.</translation>
    </message>
    <message>
        <source>Go to the &amp;Data page</source>
        <translation>Zur Seite &amp;Daten</translation>
    </message>
    <message>
        <source>5,000 made-up customers of an online shop, with five groups to discover.</source>
        <translation>5.000 erfundene Kunden eines Onlineshops, mit fünf Gruppen zum Entdecken.</translation>
    </message>
    <message>
        <source>Choose the columns to group by on the left and press “Find segments”.</source>
        <translation>Wählen Sie links die Spalten zum Gruppieren und drücken Sie „Segmente finden“.</translation>
    </message>
    <message>
        <source>Show &amp;all segments</source>
        <translation>&amp;Alle Segmente zeigen</translation>
    </message>
    <message>
        <source>Stop highlighting one segment, and show every row on the Data page again.</source>
        <translation>Kein einzelnes Segment mehr hervorheben und auf der Seite Daten wieder alle Zeilen zeigen.</translation>
    </message>
    <message>
        <source>Finding segments</source>
        <translation>Segmente werden gesucht</translation>
    </message>
    <message>
        <source>No segments yet. Tick the columns that describe your rows on the left, then press “Find segments”. Segmenta tries several numbers of segments and suggests the clearest.</source>
        <translation>Noch keine Segmente. Haken Sie links die Spalten an, die Ihre Zeilen beschreiben, und drücken Sie dann „Segmente finden“. Segmenta probiert mehrere Segmentanzahlen aus und schlägt die klarste vor.</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Every row on a flat map, coloured by segment.</source>
        <translation>Jede Zeile auf einer flachen Karte, nach Segment gefärbt.</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>How each segment compares with everyone, column by column.</source>
        <translation>Wie sich jedes Segment von allen unterscheidet, Spalte für Spalte.</translation>
    </message>
    <message>
        <source>The spread of one column in each segment.</source>
        <translation>Die Verteilung einer Spalte in jedem Segment.</translation>
    </message>
    <message>
        <source>&amp;What makes it different</source>
        <translation>&amp;Was es unterscheidet</translation>
    </message>
    <message>
        <source>What sets one segment apart, ranked, in plain words.</source>
        <translation>Was ein Segment auszeichnet, geordnet, in einfachen Worten.</translation>
    </message>
    <message>
        <source>How clear the grouping is for each number of segments; click to pick another number.</source>
        <translation>Wie klar die Gruppierung für jede Segmentanzahl ist; klicken, um eine andere Anzahl zu wählen.</translation>
    </message>
    <message>
        <source>Trying %1 to %2 segments</source>
        <translation>%1 bis %2 Segmente werden probiert</translation>
    </message>
    <message>
        <source>Segment “%1”</source>
        <translation>Segment „%1“</translation>
    </message>
    <message>
        <source>Showing segment “%1”: %2 rows. The Data page shows only these rows.</source>
        <translation>Segment „%1“ wird gezeigt: %2 Zeilen. Die Seite Daten zeigt nur diese Zeilen.</translation>
    </message>
    <message>
        <source>Demo customers</source>
        <translation>Demokunden</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Segmente suchen: %1</translation>
    </message>
    <message>
        <source>This run made exactly %1. Choose “Find the best” on the left to compare several numbers of segments here.</source>
        <translation>Dieser Durchlauf hat genau %1 gebildet. Wählen Sie links „Die beste finden“, um hier mehrere Segmentanzahlen zu vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Open the demo data</source>
        <translation>Demodaten ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <source>Compare a co&amp;lumn</source>
        <translation>Eine Sp&amp;alte vergleichen</translation>
    </message>
    <message>
        <source>How many segme&amp;nts</source>
        <translation>Wie viele Segme&amp;nte</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Save the chart shown in this tab as a PNG picture or an SVG drawing (also Ctrl+S or right-click on the chart).</source>
        <translation>Das Diagramm in diesem Reiter als PNG-Bild oder SVG-Zeichnung speichern (auch Strg+S oder Rechtsklick auf das Diagramm).</translation>
    </message>
    <message>
        <source>Sa&amp;ve as model…</source>
        <translation>Als Modell speic&amp;hern…</translation>
    </message>
    <message>
        <source>Keep these segments in the history under a name, to put each new month into the same segments on the Drift page (Score new month…).</source>
        <translation>Diese Segmente unter einem Namen im Verlauf speichern, um auf der Seite Drift jeden neuen Monat in dieselben Segmente einzuordnen (Neuen Monat einordnen…).</translation>
    </message>
    <message>
        <source>The clearest grouping found has %1 segments, the most that was tried: there may be a clearer one with more.</source>
        <translation>Die klarste gefundene Gruppierung hat %1 Segmente, die höchste ausprobierte Anzahl: Mit mehr Segmenten gibt es vielleicht eine klarere.</translation>
    </message>
    <message>
        <source>Category columns with many different values (%1) can also split the rows into many small groups.</source>
        <translation>Auch Kategoriespalten mit vielen verschiedenen Werten (%1) können die Zeilen in viele kleine Gruppen zerteilen.</translation>
    </message>
    <message>
        <source>Try up to %1</source>
        <translation>Bis %1 ausprobieren</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>%1 weglassen</translation>
    </message>
    <message>
        <source>Leave out these %1 columns</source>
        <translation>Diese %1 Spalten weglassen</translation>
    </message>
    <message>
        <source>Untick %1 and find segments again.</source>
        <translation>Haken bei %1 entfernen und die Segmente neu finden.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SliceControls</name>
    <message>
        <source>The groups to compare: a segmentation, a column&apos;s values, or a number cut into equal-sized bins.</source>
        <translation>Die zu vergleichenden Gruppen: eine Segmentierung, die Werte einer Spalte oder eine Zahl, in gleich große Klassen geteilt.</translation>
    </message>
    <message>
        <source>Optionally cross with a second column (for example segment × country).</source>
        <translation>Optional mit einer zweiten Spalte kreuzen (zum Beispiel Segment × Land).</translation>
    </message>
    <message>
        <source>Numbers with many values are cut into this many bins of about equal size.</source>
        <translation>Zahlen mit vielen Werten werden in so viele etwa gleich große Klassen geteilt.</translation>
    </message>
    <message>
        <source>The yes/no outcome the model predicts, for example &apos;churned&apos;.</source>
        <translation>Das Ja/Nein-Ergebnis, das das Modell vorhersagt, zum Beispiel „churned“.</translation>
    </message>
    <message>
        <source>The model&apos;s probability of &apos;yes&apos; (between 0 and 1), for example &apos;churn_score&apos;.</source>
        <translation>Die Wahrscheinlichkeit des Modells für „ja“ (zwischen 0 und 1), zum Beispiel „churn_score“.</translation>
    </message>
    <message>
        <source>The model&apos;s yes/no call, if there is one instead of or beside a score.</source>
        <translation>Die Ja/Nein-Entscheidung des Modells, falls es eine statt oder neben einem Score gibt.</translation>
    </message>
    <message>
        <source>A score at or above this counts as the model saying &apos;yes&apos;.</source>
        <translation>Ein Score ab diesem Wert zählt als „ja“ des Modells.</translation>
    </message>
    <message>
        <source>Slices with fewer rows are still shown but marked &apos;too few rows to judge&apos;.</source>
        <translation>Gruppen mit weniger Zeilen werden trotzdem gezeigt, aber als „zu wenige Zeilen für ein Urteil“ markiert.</translation>
    </message>
    <message>
        <source>Find slices significantly worse than the rest on this measure.</source>
        <translation>Gruppen finden, die bei dieser Kennzahl signifikant schlechter sind als der Rest.</translation>
    </message>
    <message>
        <source>Slice &amp;by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Crossed with:</source>
        <translation>&amp;Gekreuzt mit:</translation>
    </message>
    <message>
        <source>Number &amp;bins:</source>
        <translation>Zahlen&amp;bereiche:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Modellwert:</translation>
    </message>
    <message>
        <source>&amp;Prediction:</source>
        <translation>&amp;Vorhersage:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Schwelle:</translation>
    </message>
    <message>
        <source>&amp;Fewest rows to judge:</source>
        <translation>&amp;Mindestzeilen für ein Urteil:</translation>
    </message>
    <message>
        <source>Flag slices &amp;worse on:</source>
        <translation>Schlechtere Gruppen &amp;markieren bei:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Which of the outcome&apos;s two values counts as “yes” (the event the rates count and the model&apos;s score is the probability of). Remembered for this column.</source>
        <translation>Welcher der beiden Werte des Ergebnisses als „ja“ zählt (das Ereignis, das die Anteile zählen und dessen Wahrscheinlichkeit der Modellwert ist). Wird für diese Spalte gemerkt.</translation>
    </message>
    <message>
        <source>Counts as &amp;yes:</source>
        <translation>Zählt als &amp;ja:</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SliceTableModel</name>
    <message>
        <source>too few rows to judge</source>
        <translation>zu wenige Zeilen für ein Urteil</translation>
    </message>
    <message>
        <source>worse than the rest</source>
        <translation>schlechter als der Rest</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Fewer than %1 rows: too few to judge.</source>
        <translation>Weniger als %1 Zeilen: zu wenige für ein Urteil.</translation>
    </message>
    <message>
        <source>Here %1, in the other rows %2 (difference %3 points).
Adjusted p-value %4 (%5).</source>
        <translation>Hier %1, in den übrigen Zeilen %2 (Unterschied %3 Punkte).
Korrigierter p-Wert %4 (%5).</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>95 % range: %1 to %2</source>
        <translation>95-%-Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>%1 — click to show these rows on the Data page</source>
        <translation>%1 — klicken, um diese Zeilen auf der Seite Daten zu zeigen</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>The group of rows: a value of the column you slice by, or two crossed.</source>
        <translation>Die Gruppe von Zeilen: ein Wert der Spalte, nach der Sie aufteilen, oder zwei gekreuzte.</translation>
    </message>
    <message>
        <source>Worse than the rest?</source>
        <translation>Schlechter als der Rest?</translation>
    </message>
    <message>
        <source>Choose what to test slices on to find those significantly worse than the rest.</source>
        <translation>Wählen Sie, woran die Gruppen geprüft werden, um die signifikant schlechteren zu finden.</translation>
    </message>
    <message>
        <source>Is this slice significantly worse than all other rows on %1? Test: %2.</source>
        <translation>Ist diese Gruppe bei %1 signifikant schlechter als alle anderen Zeilen? Test: %2.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SlicesPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Computing metrics per slice…</source>
        <translation>Kennzahlen je Gruppe werden berechnet…</translation>
    </message>
    <message>
        <source>Import a CSV on the Data page (or open the demo data) to see how the outcome and a model&apos;s scores behave per group of rows.</source>
        <translation>Importieren Sie auf der Seite Daten eine CSV-Datei (oder öffnen Sie die Demodaten), um zu sehen, wie sich das Ergebnis und die Scores eines Modells je Gruppe von Zeilen verhalten.</translation>
    </message>
    <message>
        <source>Slices and their metrics</source>
        <translation>Gruppen und ihre Kennzahlen</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet.</source>
        <translation>Diese Tabelle als CSV-Datei für eine Tabellenkalkulation speichern.</translation>
    </message>
    <message>
        <source>Cannot compute these metrics:</source>
        <translation>Diese Kennzahlen können nicht berechnet werden:</translation>
    </message>
    <message>
        <source> · none significantly worse than the rest on %1</source>
        <translation> · keine signifikant schlechter als der Rest bei %1</translation>
    </message>
    <message>
        <source>Click a slice to show its rows on the Data page; hover any number for what it means.</source>
        <translation>Klicken Sie auf eine Gruppe, um ihre Zeilen auf der Seite Daten zu zeigen; zeigen Sie auf eine Zahl, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Slice “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <source>Export slices table</source>
        <translation>Gruppentabelle exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>1 slice</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <source>%1 slices</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <source> · 1 too small to judge</source>
        <translation> · 1 zu klein für ein Urteil</translation>
    </message>
    <message>
        <source> · %1 too small to judge</source>
        <translation> · %1 zu klein für ein Urteil</translation>
    </message>
    <message>
        <source> · &lt;b&gt;&lt;span style=&apos;color:#b03030&apos;&gt;%1 significantly worse than the rest&lt;/span&gt;&lt;/b&gt; on %2</source>
        <translation> · &lt;b&gt;&lt;span style=&apos;color:#b03030&apos;&gt;%1 signifikant schlechter als der Rest&lt;/span&gt;&lt;/b&gt; bei %2</translation>
    </message>
    <message>
        <source>The Data page now shows the %1 rows of “%2”. Double-click to go there.</source>
        <translation>Die Seite Daten zeigt jetzt die %1 Zeilen von „%2“. Doppelklick führt dorthin.</translation>
    </message>
    <message>
        <source>Each slice is tested against the rest (one-sided two-proportion z-test), allowing %1 % false alarms across all slices (Benjamini–Hochberg).</source>
        <translation>Jede Gruppe wird gegen den Rest geprüft (einseitiger z-Test für zwei Anteile), mit höchstens %1 % Fehlalarmen über alle Gruppen (Benjamini-Hochberg).</translation>
    </message>
    <message>
        <source>Choose an Outcome (a yes/no column) to see which slices do worse.</source>
        <translation>Wählen Sie ein Ergebnis (eine Ja/Nein-Spalte), um zu sehen, welche Gruppen schlechter abschneiden.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SnapshotComparison</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Month &amp;A:</source>
        <translation>Monat &amp;A:</translation>
    </message>
    <message>
        <source>against month &amp;B:</source>
        <translation>gegen Monat &amp;B:</translation>
    </message>
    <message>
        <source>The month to start from.</source>
        <translation>Der Ausgangsmonat.</translation>
    </message>
    <message>
        <source>The month to compare with A: every number below says how B differs from A.</source>
        <translation>Der Monat, der mit A verglichen wird: Jede Zahl unten sagt, wie sich B von A unterscheidet.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Size of change</source>
        <translation>Stärke der Änderung</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>JS distance</source>
        <translation>JS-Abstand</translation>
    </message>
    <message>
        <source>Wasserstein</source>
        <translation>Wasserstein</translation>
    </message>
    <message>
        <source>Chi-square p</source>
        <translation>Chi-Quadrat p</translation>
    </message>
    <message>
        <source>Empty cells A → B</source>
        <translation>Leere Zellen A → B</translation>
    </message>
    <message>
        <source>Drifted, stable, or too few rows to judge.</source>
        <translation>Verschoben, stabil oder zu wenige Zeilen für ein Urteil.</translation>
    </message>
    <message>
        <source>Change of each column from month A to month B</source>
        <translation>Änderung jeder Spalte von Monat A zu Monat B</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share in A</source>
        <translation>Anteil in A</translation>
    </message>
    <message>
        <source>Share in B</source>
        <translation>Anteil in B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Segment sizes in month A and month B</source>
        <translation>Segmentgrößen in Monat A und Monat B</translation>
    </message>
    <message>
        <source>Record at least two months to compare them.</source>
        <translation>Erfassen Sie mindestens zwei Monate, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Pick two different months to compare.</source>
        <translation>Wählen Sie zwei verschiedene Monate zum Vergleich.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>Change in percentage points of all rows.</source>
        <translation>Änderung in Prozentpunkten aller Zeilen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 against %2&lt;/b&gt;: %3 of %4 checked columns drifted</source>
        <translation>&lt;b&gt;%1 gegenüber %2&lt;/b&gt;: %3 von %4 geprüften Spalten sind gedriftet</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;the data drifted&lt;/b&gt;&lt;/span&gt;.</source>
        <translation> — &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;die Daten sind gedriftet&lt;/b&gt;&lt;/span&gt;.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SnapshotTimeline</name>
    <message>
        <source>Timeline of recorded months</source>
        <translation>Zeitleiste der erfassten Monate</translation>
    </message>
    <message>
        <source>the selected model was trained on this month</source>
        <translation>das gewählte Modell wurde auf diesem Monat trainiert</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message>
        <source>Re-segmenting suggested</source>
        <translation>Neu segmentieren empfohlen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>No months recorded yet.</source>
        <translation>Noch keine Monate erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (point here to read them all)</source>
        <translation>
            <numerusform>und %n weitere (hierher zeigen, um alle zu lesen)</numerusform>
            <numerusform>und %n weitere (hierher zeigen, um alle zu lesen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ui::StageText</name>
    <message>
        <source>Checking the text encoding</source>
        <translation>Zeichenkodierung wird geprüft</translation>
    </message>
    <message>
        <source>Guessing column types</source>
        <translation>Spaltentypen werden erkannt</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Zeilen werden gelesen</translation>
    </message>
    <message>
        <source>Reading orders</source>
        <translation>Bestellungen werden gelesen</translation>
    </message>
    <message>
        <source>Re-reading columns with unexpected values</source>
        <translation>Spalten mit unerwarteten Werten werden neu gelesen</translation>
    </message>
    <message>
        <source>Profiling columns</source>
        <translation>Spalten werden ausgewertet</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Doppelte Zeilen werden gesucht</translation>
    </message>
    <message>
        <source>Profile ready</source>
        <translation>Übersicht fertig</translation>
    </message>
    <message>
        <source>Preparing the columns</source>
        <translation>Spalten werden vorbereitet</translation>
    </message>
    <message>
        <source>Finding segments (k-means)</source>
        <translation>Segmente werden gesucht (k-Means)</translation>
    </message>
    <message>
        <source>Finding segments (mini-batch k-means)</source>
        <translation>Segmente werden gesucht (Mini-Batch-k-Means)</translation>
    </message>
    <message>
        <source>Finding segments (Gaussian mixture)</source>
        <translation>Segmente werden gesucht (Gaußsches Mischmodell)</translation>
    </message>
    <message>
        <source>Checking how well segments separate</source>
        <translation>Trennung der Segmente wird geprüft</translation>
    </message>
    <message>
        <source>Describing the segments</source>
        <translation>Segmente werden beschrieben</translation>
    </message>
    <message>
        <source>Drawing the map of rows</source>
        <translation>Karte der Zeilen wird gezeichnet</translation>
    </message>
    <message>
        <source>Measuring how well segments fit</source>
        <translation>Passgenauigkeit der Segmente wird gemessen</translation>
    </message>
    <message>
        <source>Splitting into slices</source>
        <translation>Zeilen werden in Gruppen aufgeteilt</translation>
    </message>
    <message>
        <source>Computing model metrics</source>
        <translation>Modellkennzahlen werden berechnet</translation>
    </message>
    <message>
        <source>Counting outcomes</source>
        <translation>Ergebnisse werden gezählt</translation>
    </message>
    <message>
        <source>Comparing months</source>
        <translation>Monate werden verglichen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Wird im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Fingerprinting the file</source>
        <translation>Fingerabdruck der Datei wird berechnet</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Demo wird vorbereitet</translation>
    </message>
    <message>
        <source>Generating customers</source>
        <translation>Kunden werden erzeugt</translation>
    </message>
    <message>
        <source>Writing demo files</source>
        <translation>Demodateien werden geschrieben</translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation>CSV wird geschrieben</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Trying %1 segments</source>
        <translation>%1 Segmente werden ausprobiert</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this calculation (Esc). Nothing already saved is lost.</source>
        <translation>Diese Berechnung anhalten (Esc). Bereits Gespeichertes geht nicht verloren.</translation>
    </message>
</context>
<context>
    <name>segmenta::ui::Translation</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
</TS>
