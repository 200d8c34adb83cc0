<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DistributionBins</name>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values below %1 or above %2 are counted in the outer bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of this column are never stored (identifiers and personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be drawn as a distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two months has no values in this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftFormat</name>
    <message>
        <source>— means this number does not apply here (for example a p-value of a test that was not run for this kind of column, or a month with nothing to compare with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing important changed compared with the reference month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some columns changed; worth a look, but most of the data is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least half of the checked columns changed: the data is no longer like the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the month the others are compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few rows to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov statistic: the largest gap between the two months&apos; running totals (0 = identical, 1 = no overlap at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov p-value: how likely a gap this large is by chance alone. Below 0.05 usually means a real change — but with many rows even tiny changes get small p-values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population Stability Index: how much the rows moved between bands of values. Rule of thumb: under 0.1 little change, 0.1–0.25 some change, above 0.25 a big change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jensen–Shannon distance: how different the two months&apos; shapes are, from 0 (the same) to about 0.83 (nothing in common). 0.1 or more counts as drift for large samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised Wasserstein distance: how far, on average, values had to move to turn last month into this month, measured in standard deviations of the reference. 0.1 or more counts as drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square statistic: how far the category counts are from what you&apos;d expect if nothing had changed. Bigger means more change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square p-value: how likely such different category counts are by chance alone. Below 0.05 usually means a real change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of empty cells in this column. A change of 5 percentage points or more counts as drift on its own: a form field or an export may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect size: how big the change is, whatever the number of rows. The verdict beside it says whether the change is large enough to count as drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing important changed compared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some columns changed since %1; worth a look, but most of the data is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least half of the checked columns changed: the data is no longer like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftPage</name>
    <message>
        <source>“%1” is not in both months, so they cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftReasonText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a value or segment name in a drift reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>in one band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rose: %2 of rows are now %3 (was %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fell: %2 of rows are now %3 (was %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2 of rows are now %3 (was %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2 grew from %3 to %4 of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2 shrank from %3 to %4 of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty more often: in %2 of rows (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty less often: in %2 of rows (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has new values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: too few rows to judge (%Ln value(s); at least %2 needed)</source>
        <translation>
            <numerusform>%1: too few rows to judge (%Ln value; at least %2 needed)</numerusform>
            <numerusform>%1: too few rows to judge (%Ln values; at least %2 needed)</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment sizes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes moved: %1 grew from %2 to %3 of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes moved: %1 shrank from %2 to %3 of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments fit worse: customers are %1 further from their segment&apos;s centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%Ln row(s))</source>
        <translation>
            <numerusform>%1: %2 (%Ln row)</numerusform>
            <numerusform>%1: %2 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the model has not seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-segmenting suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftReportExporter</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-segmenting suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JS distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasserstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS statistic and p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jensen–Shannon distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised Wasserstein distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-segmenting suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment sizes moved a lot, or customers fit their segments clearly worse than when the segments were made: time to find segments again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each month is compared with the month the model was trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each month is compared with the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months · model: %2 · %3 · made %4 on this computer by Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftViewConvert</name>
    <message>
        <source>Jensen–Shannon distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised Wasserstein distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells went from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the reference month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is not in both months, so it was not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment sizes changed (segment-share PSI %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers sit %1 further from their segment centres than in the training month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryErrorText</name>
    <message>
        <source>The history is busy: another Segmenta window or a scheduled job is writing to it. Nothing was lost; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file “%1” is damaged and cannot be read. It was left untouched; you can start a fresh history beside it (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricReasonText</name>
    <message>
        <source>no rows with both a label and the model&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a score column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only negative rows here: ROC AUC needs both outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only positive rows here: ROC AUC needs both outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positive rows here: average precision needs some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows in this score range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows with both a label and a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows with both a label and a prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows with a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one row: no range can be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the two groups has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate is 0 % or 100 % everywhere: nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows for this measure in the slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other rows to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few rows to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of this slice&apos;s rows were in the segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the silhouette needs at least two segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <comment>why a slice was not tested</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-sided two-proportion z-test of each slice against the rest, Benjamini–Hochberg at %1 % false discovery rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1. Check that the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SameMonth</name>
    <message>
        <source>• %1, as of %2, from %3 (%L4 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month is already in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has %2:
%3

Replace it with the new one, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month already there is deleted once the new one is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier %1 (as of %2) was kept, because a saved model was built on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier %1 (as of %2) was kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentRunText</name>
    <message>
        <source>“%1” is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a category with %Ln value(s).</source>
        <translation>
            <numerusform>“%1” is a category with %Ln value.</numerusform>
            <numerusform>“%1” is a category with %Ln values.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” identifies each row (a different value in every row), so it cannot describe a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds personal data, which should not decide a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a date; tick it to use it as “days since”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the outcome to explain, not a trait to group on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a model&apos;s score, not a trait of the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is marked to ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %Ln different value(s); at most %2 can be used (group rare values first).</source>
        <translation>
            <numerusform>“%1” has %Ln different value; at most %2 can be used (group rare values first).</numerusform>
            <numerusform>“%1” has %Ln different values; at most %2 can be used (group rare values first).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has the same value in every row, so it cannot tell groups apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly skewed (skewness %1): a few very large values would dominate; taking the log of 1 + value compresses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch k-means was used because the table has %1 rows (faster, very slightly less exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very skewed columns were compressed (log of 1 + value) so that a few huge values do not decide the segments alone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation was measured on a sample of %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SliceMetricsText</name>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows (customers) are in this slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slice&apos;s share of all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the outcome happened in this slice (for example, the share of customers who churned). The tooltip shows the 95 % range (Wilson interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rows where the model&apos;s yes/no call was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the rows the model called &apos;yes&apos;, the share that really were &apos;yes&apos;. 0 when it called none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the rows that really were &apos;yes&apos;, the share the model caught. 0 when there were none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balance of precision and recall (their harmonic mean), from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the rows that really were &apos;no&apos;, the share the model correctly called &apos;no&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the score ranks &apos;yes&apos; rows above &apos;no&apos; rows: 0.5 is a coin toss, 1 is perfect. Needs both outcomes in the slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision averaged over every threshold, weighted by how many &apos;yes&apos; rows each one catches (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How surprised the model is by what happened, on average. Lower is better; confident mistakes cost most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared gap between the score and what happened (0 or 1). Lower is better; 0.25 is guessing 50 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected calibration error: on average, how many points the score is off from how often the outcome really happens (score ranges of equal width, weighted by rows). Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s average predicted probability in this slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 of each class, averaged with equal weight per class (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clearly this slice&apos;s rows sit in their own segment rather than the next one: near 1 clearly, near 0 on the border, below 0 closer to another segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far this slice&apos;s rows are, on average, from the centre of their segment (in scaled units). Larger means less typical of their segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interval for this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available for this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall (share of “yes” cases caught)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome rate (higher is worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer segments, slice metrics and drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FILE with the guessed settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on PAGE: data, segments, slices or drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as PNG once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANG (de, en) instead of the saved setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::BackgroundTask</name>
    <message>
        <source>There is not enough memory for this. Close other programs or use a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::BoxPlotChart</name>
    <message>
        <source>C&amp;olumn to compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number column to compare across the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each box holds the middle half of the segment&apos;s rows; the line inside is the median (half are above, half below). The whiskers reach the furthest rows within 1.5 box-lengths; rarer extreme values are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box plots of the chosen column per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment (hover a box for its numbers, click it to choose that segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
median %2 · middle half %3 to %4
whiskers %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ChartView</name>
    <message>
        <source>Right-click to save this chart as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom into an area, scroll to zoom, Shift+drag to move, double-click or Home to reset. Right-click to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ColumnLabels</name>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and other numbers without a fraction, such as 3 or 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that may have a fraction, such as 57.8 or 0.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two values only, such as yes/no or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar dates, such as 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date with a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small set of repeating values, such as a country or a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text that is not used for calculations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value that is different in (almost) every row, such as a customer id or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome (label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group by (slice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to find segments: rows that are alike in these columns end up together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the table but not used for segments or metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names each row (customer id, e-mail); never used for calculations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What actually happened, such as churned yes/no; used to check a model per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model&apos;s predicted probability, compared with the outcome per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the row was recorded; used to split the data by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column whose values form the groups to compare, such as country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ColumnProfilePanel</name>
    <message>
        <source>Click a column of the table to see its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 (%L2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows without a value in this column, including values that did not fit its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different values the column holds (missing not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the values are spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %L1 more rows with %L2 other values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln more row(s) with one other value)</source>
        <translation>
            <numerusform>(and %Ln more row with one other value)</numerusform>
            <numerusform>(and %Ln more rows with one other value)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln more row(s) with other values)</source>
        <translation>
            <numerusform>(and %Ln more row with other values)</numerusform>
            <numerusform>(and %Ln more rows with other values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>segmenta::ui::CsvImporter</name>
    <message>
        <source>Check that the file still exists, or choose it again with File ▸ Import CSV….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read the file and that the disk is connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file in a text editor to check it is a CSV export, or change the import options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in Segmenta; please report it with the file if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem is at line %L1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DataPage</name>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No data yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or open the demo to start.&lt;br&gt;You can also drop a .csv file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your shop, spreadsheet or CRM (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5,000 made-up customers of an online shop, to try everything out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the filter and show every row of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected column: its values, gaps and anything unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened while reading the file, with line numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 rows × %L3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;report&quot;&gt;%Ln row(s) with problems&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;report&quot;&gt;%Ln row with problems&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;report&quot;&gt;%Ln rows with problems&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;a href=&quot;report&quot;&gt;import report&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DataTableModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell is empty in the file, or its value did not fit the column&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DifferenceTable</name>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could be chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, very sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ma&amp;kes this segment different:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by how strongly the segment stands out from the other rows. “Is it real?” tells whether the difference is larger than chance would explain, after allowing for the many comparisons made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it real?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far apart the segment and the rest are, measured against the usual spread (effect size): slight ≥ 0.2, clear ≥ 0.5, strong ≥ 0.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the difference is bigger than chance would explain (Welch&apos;s t-test for numbers, chi-square for categories, corrected for many comparisons with Benjamini–Hochberg).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DistributionOverlay</name>
    <message>
        <source>Click a cell of the heatmap to compare that column&apos;s values in the two months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values to draw for this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rows (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftHeatmap</name>
    <message>
        <source>Drift heatmap: columns by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet: record at least two months of this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a column of your data, each column a month. Right-click to save this heatmap as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the reference month: the others are compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see both distributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <extracomment>Heatmap tooltip&apos;s first line: a column in a month (&quot;&lt;b&gt;revenue&lt;/b&gt; in 2026-03&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftMetricsPanel</name>
    <message>
        <source>Size of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasserstein (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jensen–Shannon distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells, reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells, this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories that appear this month but never appeared in the reference month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftPage</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;new month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fresh history beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the loaded file in history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring the file with the saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the history again, for example after a scheduled job recorded a new month (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this drift report as one web page (HTML) with all charts inside, to e-mail or archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a summary of the file loaded on the Data page as one month of a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected month has its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column in every month, coloured by how much it changed; click a cell for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes, how well the segments fit, and the outcome rate per segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any two months and see every difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored, with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not score the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded; the months already in the history are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no recorded months yet. Load its file on the Data page and choose File ▸ Record this file in history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to compare that column&apos;s values in the two months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the reference month: the other months are compared with it. Pick another month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet. Load this month&apos;s file on the Data page, then choose File ▸ Record this file in history… (or the button below). Each recorded month appears here with what changed.

A scheduled job can add months too: segmenta-cli record FILE --db &quot;%1&quot; --dataset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to score with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dataset with a saved segmentation in the history yet. Record a month, build segments on the Segments page and save them; then score each new month here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the saved segmentation to a new month&apos;s CSV file: its rows get segments, and the month appears here with what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a saved segmentation of this dataset: build segments on the Segments page and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged history was kept as it is; a fresh one is now at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each recorded month with its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, column by column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is one column in one month, coloured by the size of its change against %1; framed cells drifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rows in each segment, month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the segments fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean distance of each month&apos;s rows to their segment centre; the dashed line is the training month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome rate per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of rows with the outcome, per segment and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift-report-%1.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export drift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each new month with it: Score new month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; the history is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved models of this dataset: their segments, rename, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset has no saved model yet: build segments on the Segments page and choose Save as model….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odels…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::DriftPicker</name>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data whose months you recorded (one line per recorded file or period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved segmentation whose segment sizes and fit are followed month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;each month with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training month: how far each month has moved from what the segments were built on.
The month before: what changed since last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n month)</numerusform>
            <numerusform>%1 (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (trained on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each month has moved from the month the segments were built on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a saved model: without one there is no training month, so each month is compared with the month before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::HeatmapView</name>
    <message>
        <source>Save picture as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::HistoryRecorder</name>
    <message>
        <source>Nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file first (File ▸ Import CSV…), then record it in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as imported: %1 is no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer where it was imported from. The table as it was imported is recorded, with the size and fingerprint of the file it was read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as imported: %1 has changed on disk since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed on disk since it was imported. The table as it was imported is recorded, with the size and fingerprint of the file it was read from. To record the new content, import the file again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 fingerprinted as it is now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table was not loaded through File ▸ Import, so %1 is fingerprinted as it is on disk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(without a file fingerprint: the table did not come from a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table did not come from a file (for example demo data made in memory), so it is recorded without a file fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 in “%2”%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 snapshots in “%2”%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportDialog</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to change how the column&apos;s values are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to change what the column is used for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between the values of a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the first row holds the column names or is already data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (57.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (57,8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the fraction of a number is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (1,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (1.000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space (1 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apostrophe (1&apos;000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character that groups the digits of large numbers, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How letters are stored. If accents look wrong in the preview, try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thousands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has one data row; it is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %L1 rows of the file are shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %L1 rows. Import reads the whole file; you can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) did not fit and will be missing</source>
        <translation>
            <numerusform>%Ln value did not fit and will be missing</numerusform>
            <numerusform>%Ln values did not fit and will be missing</numerusform>
        </translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %L1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %L1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unusual in the first rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportNoteText</name>
    <message>
        <source>whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates with times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates mix day/month and month/day; read as day/month, the others become missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates mix day/month and month/day; read as month/day, the others become missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values in the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits kept as text: leading zeros or too many digits for a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers further down the file have decimals; read as decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more distinct values than the sample showed; read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values further down the file are not %1; read as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportSummaryView</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row in every column, and columns that repeat another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicated rows and columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: &lt;b&gt;%L1&lt;/b&gt;&lt;br&gt;Rows loaded: &lt;b&gt;%L2&lt;/b&gt;&lt;br&gt;Rows with problems: &lt;b&gt;%L3&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: %1-separated, %2, decimal mark “%3”, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row read was kept unless listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) did not fit and are shown as missing</source>
        <translation>
            <numerusform>%Ln value did not fit and is shown as missing</numerusform>
            <numerusform>%Ln values did not fit and are shown as missing</numerusform>
        </translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %L1 more warnings of the same kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: every row was read as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row exactly.</source>
        <translation>
            <numerusform>%Ln row repeats an earlier row exactly.</numerusform>
            <numerusform>%Ln rows repeat an earlier row exactly.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column “%1” is a copy of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values missing or extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value did not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stray quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the whole column, not one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ImportWarningText</name>
    <message>
        <source>Line %1 has more or fewer values than the table has columns; extra values were ignored and missing ones left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has characters that could not be read; they were replaced by �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From line %1: some values do not fit their column&apos;s type and were left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 opens a quote that is never closed; the rest of the file was read into one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has text right after a closing quote; it was kept as part of the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a column had no name, or the same name as another, and was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: most rows have more fields than the header names; the extra columns got generated names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::KScanChart</name>
    <message>
        <source>Each line is a way of measuring how good the grouping is. They use very different scales, so each is stretched to 0–1 where 1 is its best value in this scan (higher is better for all three). Click a number of segments to use it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the grouping for each number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many segments?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation (silhouette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness (Calinski–Harabasz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little overlap (Davies–Bouldin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1 = best here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clearly the groups are separated: from −1 to 1, closer to 1 is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tight each group is compared with the distance between groups: higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the groups overlap: 0 is best, lower is better (flipped on this chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments — %2: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MainWindow</name>
    <message>
        <source>Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table you imported and the quality of each column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find groups of similar rows and what makes each different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the outcome and a model&apos;s scores behave per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from month to month, and when to re-segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the table you had is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a CSV file exported from a shop, spreadsheet or CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5,000 made-up customers of an online shop, to try everything out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown on the Data page as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this file in &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a summary of the loaded file as one month of a dataset, to follow its drift on the Drift page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score with a saved &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a saved segmentation to a new month&apos;s CSV file and follow it on the Drift page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Segmenta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved or deleted, so it was removed from the recent files.
Use File ▸ Import CSV… to choose it at its new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed; the table you had is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows × %L2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · showing %L1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Segmenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Find customer segments, check a model per group, and watch what drifts from month to month.&lt;/p&gt;&lt;p&gt;Everything runs on this computer: no network, no telemetry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MetricBarChart</name>
    <message>
        <source>Right-click or press Ctrl+S to save this chart as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the rest on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few rows to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
95 % range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Whiskers: 95 % range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ModelListDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show on the Drift page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved models of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of the chosen model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the model another name; its earlier versions and the months it scored keep going with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the model and its scorings from the history; the recorded months stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this model&apos;s segments month by month on the Drift page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no saved model. Build segments on the Segments page and choose Save as model….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s); saved %1.</source>
        <translation>
            <numerusform>%n segment; saved %1.</numerusform>
            <numerusform>%n segments; saved %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the model “%1” (all its versions) and its scorings from the history? The recorded months stay; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ModelSaver</name>
    <message>
        <source>No table is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 of the model “%2” in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the model “%1” in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ModelScorer</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no saved segmentation yet. Build segments on the Segments page and save them, then score each new month with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1 with “%2”: %3 is now in “%4” (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out: %L1 of %L2, because a column the model needs is empty in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories the model has not seen before (their rows were placed by their other values): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments no longer fit this month well: building them again is suggested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::MonthEditor</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete from the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1 (as of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 describes, usually the last day of the month it was exported for. The months are shown and compared in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the month?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (as of %2, from %3, %L4 rows) from the history? Its summaries and scorings go; the other months and the saved models stay as they are. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model shown was built on this month: delete the model first (Models…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::OutcomeRateChart</name>
    <message>
        <source>Outcome rate per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” rate per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per segment, in the colours of the segment sizes above; point at a line to see which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data has no outcome column (such as “churned” or “bought again”), so there is no rate to follow. Mark a yes/no column as the outcome on the Data page before recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month has both the outcome and segments recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::PcaScatter</name>
    <message>
        <source>Map of the rows, coloured by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a dot to see that row. Drag to zoom into an area, scroll to zoom, Shift+drag to move, double-click or Home to reset. Click a dot to show only its segment. Right-click to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main direction 1 (shows %1 of the spread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main direction 2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre of “%1”: its typical row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows as dots: a sample that keeps every segment visible. The shading underneath shows where all %2 rows lie (darker: more rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is drawn along the first direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 columns are flattened onto the two directions in which the rows differ most; together they show %2 of the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars mark each segment&apos;s centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfileBuilder</name>
    <message>
        <source>Not defined here: the column has too few values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date in the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date in the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the dates are earlier, half later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest value in the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest value in the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the values divided by their count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle value (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the values are below it, half above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (std. deviation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far values typically are from the average (sample standard deviation, as in pandas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same value everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has the same value, so it cannot tell customers apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost always the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 95 % of the rows have the same value; it says little about differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly every row has its own value, like a customer id or an e-mail. It is not used to find segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the rows or more have no value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value is missing; the column tells nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of another column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same values, row by row, as an earlier column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text with personal data in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal identity or account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 % of the checked values look like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column&apos;s name says it holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta never stores its values in the history or a saved model, and leaves it out of segment exports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ProfileHeatmap</name>
    <message>
        <source>Profile of each segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a segmentation to see how the segments differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a segment, each column one of your columns. Red: the segment&apos;s average is higher than everyone&apos;s; blue: lower; white: about the same. Click a row to show only that segment everywhere. Right-click to save the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with everyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click to show only this segment everywhere (click again to show all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::QualityChart</name>
    <message>
        <source>How well the segments fit: mean distance to the centre (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean distance to the segment centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the training month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a segmentation model on the Segments page to follow how well it fits each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month has been scored with this model yet, so there is no fit to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training month&apos;s fit is not recorded, so there is no line to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest month: %1 (training: %2, %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RecordDialog</name>
    <message>
        <source>&amp;One snapshot per period of a date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this file in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta keeps a short summary of each column (never the rows themselves, never names or e-mails) so the Drift page can show what changed from one month to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of the same export belong to one dataset, e.g. “customers”. Pick an existing one or type a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this data describes, usually the last day of the month it was exported for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the latest date in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date found in the file: today is suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a file that holds several months: each month (or week, or quarter) of the chosen date column becomes its own snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no date column to split by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the latest date in the file. The file name says %1: if the file is for that day or month, change the date above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the dataset, e.g. “customers”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a snapshot to the dataset “%1” already in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the history with a new dataset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new dataset “%1”; its months are compared only with each other. To add this file to a dataset already in the history (%2), pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ReliabilityChart</name>
    <message>
        <source>Right-click or press Ctrl+S to save this chart as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough rows in any score range to tell how trustworthy the scores are for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the model says %1, it happens %2 of the time for %3 (%4 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its scores can be read as probabilities here: every score range with enough rows is within 5 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score column (a probability between 0 and 1) to see whether the model&apos;s scores can be trusted as probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model said (mean score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model said %1 on average; it happened %2 of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the scores be trusted as probabilities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score range, up to (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in each score range — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RenameSegmentCommand</name>
    <message>
        <source>rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::RunPanel</name>
    <message>
        <source>an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the rows using the columns ticked above (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group rows by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns that describe how rows differ. Hover a column to see why it is or is not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick again the columns Segmenta recommends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row belongs to exactly one segment: the one whose centre is nearest. A good default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft, any shape (Gaussian mixture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives each row a probability of belonging to each segment; segments may be stretched or tilted. Slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft, simple shape (diagonal mixture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilities like the mixture above, but each segment is stretched only along the columns. Faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large files (mini-batch k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from small batches of rows: much faster on millions of rows, slightly less exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How rows are put into segments. Hover an entry for an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the best, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try every number of segments from 2 up to this and pick the one that separates the rows most clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest number of segments to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make exactly this many segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same footing (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column counts equally: values are measured in standard deviations from the average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resist extremes (robust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like standard, but a few extreme values do not squash everyone else (median and quartiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze to 0–1 (min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest value becomes 0 and the largest 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As they are (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the numbers unchanged: columns with big numbers (like money) will dominate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How columns measured in different units are made comparable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tame very skewed columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns such as money or counts where a few rows have huge values are compressed (log of 1 + value) so that those few rows do not decide the segments alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting point of the random choices. The same seed on the same data always gives the same segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyed columns are left out by default; hover one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column is very skewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns are very skewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one column to group by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SaveModelDialog</name>
    <message>
        <source>Save the segments as a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved model keeps these segments, so that each new month can be put into the same segments (Drift page ▸ Score new month…) and compared with this one. The month they were built on is recorded in the dataset too, unless it is there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of the same export belong to one dataset, e.g. “customers”. Pick an existing one or type a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving again under a name already used keeps the old one as an earlier version; scoring uses the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the dataset, e.g. “customers”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the model, e.g. “Spring segments”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already saved in “%2”: this saves version %3 of it, and scoring uses the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a new model “%1” in the dataset “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new dataset “%1” with the month these segments were built on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::ScoreDialog</name>
    <message>
        <source>&amp;Take the date from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a new month with a saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenta puts every row of the file into one of the saved model&apos;s segments, records the month in “%1” and shows how far it has moved from the month the segments were built on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new month&apos;s export, e.g. customers_2026-07.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the same columns the model was built on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the CSV file to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved segmentation to apply. Its segments stay the same, so the months can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the latest date in the file; without dates in it, a date in its name (“customers_2026-07.csv” → 2026-07-31); else today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this data describes, usually the last day of the month it was exported for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score and record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file of the new month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this place. Check the name or choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is not a folder and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no saved model yet: build segments on the Segments page and save them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCard</name>
    <message>
        <source>New name for this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows are in this segment, and their share of all rows that were grouped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only this segment everywhere (and on the Data page). Double-click the name or press F2 to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentCards</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentExportButton</name>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the segments as CSV files for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with their segment (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows with their segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of your file plus its segment number and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment summary (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export segment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per segment: name, description, size and the average of each column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 rows with their segment to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the summary of the segments to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentShareChart</name>
    <message>
        <source>Segment sizes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segmentation model for this dataset yet: find segments on the Segments page and save the model, then its segment sizes appear here month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month has been scored with this model yet. Score a month with “segmenta-cli score FILE --db … --model %1” or record one from the Segments page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) were not scored with this model and are left out.</source>
        <translation>
            <numerusform>%n month was not scored with this model and is left out.</numerusform>
            <numerusform>%n months were not scored with this model and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentText</name>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Most common here: %3, %4 of the segment (%5 of everyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: this column has the same value everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same as everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 standard deviations above everyone&apos;s average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 standard deviations below everyone&apos;s average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Average here: %3%4 (everyone: %5%4)
Median here: %6%4 (everyone: %7%4)
%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of this segment has %2 = %3, against %4 of everyone (%5 as common). Chance of a difference this large by luck: p = %6 after correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average here %1, everyone %2; median here %3. The segment is %4 standard deviations %5 the other rows. Chance of a difference this large by luck: p = %6 after correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch k-means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a diagonal Gaussian mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Gaussian mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows are clearly closer to their own segment than to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segments are reasonably separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segments overlap, so read them as broad groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 describes the data best for its size (lowest BIC, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 separates the rows best among 3 to 6 segments (silhouette %2): %3. Two segments separate a little better (%4) but one of them would hold %5 of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 separates the rows best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1 separates the rows best (silhouette %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 rows, grouped by %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearly separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments are %1 (separation %2 on a scale from −1 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentWording</name>
    <message>
        <source>High spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Younger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount lovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High %1</source>
        <comment>name part: a column with high values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low %1</source>
        <comment>name part: a column with low values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <comment>name part: a yes/no column mostly yes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <comment>name part: a yes/no column mostly no</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly %1</source>
        <comment>name part: a category level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More %1</source>
        <comment>name part: a category level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spends %1 the average customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spends %1 more than the average customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spends %1 less than the average customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 the average</source>
        <comment>column, ratio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 above the average</source>
        <comment>column, percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 below the average</source>
        <comment>column, percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last ordered %1 days ago (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 days ago (median)</source>
        <comment>column, days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have %2 %3 (vs %4 overall)</source>
        <comment>share, column, level, overall share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have %2 (vs %3 overall)</source>
        <comment>share, yes/no column, overall share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 averages %2 (vs %3 overall)</source>
        <comment>column, segment mean, overall mean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated segment name and its number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the average on every feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a one-phrase segment description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <comment>a two-phrase segment description</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SegmentsPage</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The segments shown before are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file of your customers (or any rows) on the Data page, or open the demo data to try Segmenta out. Segmenta will then find groups of similar rows and explain each in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Data page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5,000 made-up customers of an online shop, with five groups to discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to group by on the left and press “Find segments”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop highlighting one segment, and show every row on the Data page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet. Tick the columns that describe your rows on the left, then press “Find segments”. Segmenta tries several numbers of segments and suggests the clearest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row on a flat map, coloured by segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each segment compares with everyone, column by column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a co&amp;lumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spread of one column in each segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What makes it different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets one segment apart, ranked, in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many segme&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clear the grouping is for each number of segments; click to pick another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart shown in this tab as a PNG picture or an SVG drawing (also Ctrl+S or right-click on the chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 to %2 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run made exactly %1. Choose “Find the best” on the left to compare several numbers of segments here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing segment “%1”: %2 rows. The Data page shows only these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these segments in the history under a name, to put each new month into the same segments on the Drift page (Score new month…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearest grouping found has %1 segments, the most that was tried: there may be a clearer one with more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category columns with many different values (%1) can also split the rows into many small groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out these %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick %1 and find segments again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SliceControls</name>
    <message>
        <source>The groups to compare: a segmentation, a column&apos;s values, or a number cut into equal-sized bins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optionally cross with a second column (for example segment × country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers with many values are cut into this many bins of about equal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yes/no outcome the model predicts, for example &apos;churned&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s probability of &apos;yes&apos; (between 0 and 1), for example &apos;churn_score&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s yes/no call, if there is one instead of or beside a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score at or above this counts as the model saying &apos;yes&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices with fewer rows are still shown but marked &apos;too few rows to judge&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find slices significantly worse than the rest on this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crossed with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;bins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prediction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fewest rows to judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag slices &amp;worse on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the outcome&apos;s two values counts as “yes” (the event the rates count and the model&apos;s score is the probability of). Remembered for this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as &amp;yes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SliceTableModel</name>
    <message>
        <source>too few rows to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 rows: too few to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here %1, in the other rows %2 (difference %3 points).
Adjusted p-value %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to show these rows on the Data page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of rows: a value of the column you slice by, or two crossed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to test slices on to find those significantly worse than the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this slice significantly worse than all other rows on %1? Test: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SlicesPage</name>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing metrics per slice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV on the Data page (or open the demo data) to see how the outcome and a model&apos;s scores behave per group of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices and their metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute these metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 too small to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 too small to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;&lt;span style=&apos;color:#b03030&apos;&gt;%1 significantly worse than the rest&lt;/span&gt;&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · none significantly worse than the rest on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each slice is tested against the rest (one-sided two-proportion z-test), allowing %1 % false alarms across all slices (Benjamini–Hochberg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Outcome (a yes/no column) to see which slices do worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a slice to show its rows on the Data page; hover any number for what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data page now shows the %1 rows of “%2”. Double-click to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export slices table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SnapshotComparison</name>
    <message>
        <source>Month &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against month &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to compare with A: every number below says how B differs from A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JS distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasserstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifted, stable, or too few rows to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of each column from month A to month B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes in month A and month B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least two months to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different months to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in percentage points of all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 against %2&lt;/b&gt;: %3 of %4 checked columns drifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;the data drifted&lt;/b&gt;&lt;/span&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::SnapshotTimeline</name>
    <message>
        <source>Timeline of recorded months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected model was trained on this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-segmenting suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (point here to read them all)</source>
        <translation>
            <numerusform>and %n more (point here to read it)</numerusform>
            <numerusform>and %n more (point here to read them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No months recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::StageText</name>
    <message>
        <source>Checking the text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessing column types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-reading columns with unexpected values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding segments (k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding segments (mini-batch k-means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding segments (Gaussian mixture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking how well segments separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describing the segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the map of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring how well segments fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting into slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing model metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprinting the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this calculation (Esc). Nothing already saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segmenta::ui::Translation</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
