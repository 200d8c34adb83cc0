// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_report_exporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QWidget>

#include "ui/drift/drift_format.h"

namespace segmenta::ui {

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString badge(SnapshotStatus status) {
    return QStringLiteral("<span class='badge' style='background:%1'>%2</span>")
        .arg(DriftFormat::statusColor(status).name(), esc(DriftFormat::statusText(status)));
}

const char* kStyle =
    "body{font-family:'Segoe UI',Helvetica,Arial,sans-serif;max-width:1060px;margin:24px auto;color:#222;padding:0 12px}"
    "h1{font-size:26px;margin-bottom:4px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}"
    ".meta{color:#666}.badge{color:#fff;border-radius:9px;padding:1px 9px;font-size:13px;white-space:nowrap}"
    "table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid #e4e4e4;padding:5px 8px;"
    "text-align:left;vertical-align:top}th{background:#f5f5f5}td.num{text-align:right;font-variant-numeric:tabular-nums}"
    "img{max-width:100%;border:1px solid #eee}figure{margin:16px 0}figcaption{color:#555;font-size:14px}"
    "dt{font-weight:bold;margin-top:8px}dd{margin-left:16px}";

} // namespace

QImage DriftReportExporter::render(QWidget* widget, QSize size) {
    // Widgets on hidden tabs may never have been laid out: give them the report's
    // size for the picture, then put them back.
    const QSize old = widget->size();
    const QSize target = size.expandedTo(widget->minimumSizeHint()).boundedTo(QSize(1600, 1400));
    widget->resize(target);
    if (!widget->parentWidget()) {
        // A widget of its own (not in a page's layout or scroll area, which would
        // size it back): lay it out for real, off screen, so charts fill the picture.
        widget->setAttribute(Qt::WA_DontShowOnScreen);
        widget->show();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget->render(&painter);
    painter.end();
    widget->resize(old);
    return image.convertToFormat(QImage::Format_RGB32);
}

QString DriftReportExporter::imageTag(const QImage& image, const QString& alt) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("<img alt='%1' src='data:image/png;base64,%2'>").arg(esc(alt), QString::fromLatin1(png.toBase64()));
}

QString DriftReportExporter::snapshotTable(const HistoryView& h) {
    const QLocale locale;
    QString html = QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                       .arg(tr("Month"), tr("Rows"), tr("Status"), tr("Compared with"), tr("Why"));
    for (const SnapshotView& s : h.snapshots) {
        QString why;
        if (s.resegmentSuggested) why += QStringLiteral("<b>") + esc(tr("Re-segmenting suggested.")) + QStringLiteral("</b><br>");
        if (s.reasons.isEmpty()) why += esc(DriftFormat::statusExplanation(s.status, s.comparedWith));
        for (const QString& r : s.reasons) why += QStringLiteral("• ") + esc(r) + QStringLiteral("<br>");
        html += QStringLiteral("<tr><td>%1%2</td><td class='num'>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(s.label), s.isTraining ? QStringLiteral(" <i>(") + esc(tr("training")) + QStringLiteral(")</i>") : QString(),
                         locale.toString(qlonglong(s.rows)), badge(s.status),
                         s.comparedWith.isEmpty() ? QStringLiteral("—") : esc(s.comparedWith), why);
    }
    return html + QStringLiteral("</table>");
}

QString DriftReportExporter::columnTable(const SnapshotView& s) {
    QString html = QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>KS</th><th>PSI</th><th>%4</th>"
                                  "<th>%5</th><th>%6</th><th>%7</th></tr>")
                       .arg(tr("Column"), tr("Verdict"), tr("Size of change"), tr("JS distance"), tr("Wasserstein"),
                            tr("Chi-square p"), tr("Empty cells"));
    for (const ColumnDriftView& c : s.columns) {
        if (!c.compared) continue;
        const QString colour = !c.judged ? QStringLiteral("#757575") : c.drifted ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32");
        html += QStringLiteral("<tr><td>%1%2</td><td style='color:%3'><b>%4</b></td><td class='num' style='background:%5'>%6</td>"
                               "<td class='num'>%7</td><td class='num'>%8</td><td class='num'>%9</td><td class='num'>%10</td>"
                               "<td class='num'>%11</td><td class='num'>%12</td></tr>")
                    .arg(esc(c.column), c.reason.isEmpty() ? QString() : QStringLiteral("<br><small>") + esc(c.reason) + QStringLiteral("</small>"),
                         colour, esc(DriftFormat::verdictText(c)), DriftFormat::effectColor(c.effect, c.judged).name(),
                         DriftFormat::number(c.effect), DriftFormat::number(c.ksStatistic), DriftFormat::number(c.psi),
                         DriftFormat::number(c.jsDistance))
                    .arg(DriftFormat::number(c.wassersteinNormed), esc(DriftFormat::pValue(c.chi2PValue)),
                         esc(DriftFormat::percent(c.missingShareRef) + QStringLiteral(" → ") + DriftFormat::percent(c.missingShareCur)));
    }
    return html + QStringLiteral("</table>");
}

QString DriftReportExporter::glossary() {
    const std::pair<QString, QString> terms[] = {
        {tr("Size of change"), DriftFormat::explainEffect()},
        {tr("KS statistic and p-value"), DriftFormat::explainKs() + QStringLiteral(" ") + DriftFormat::explainKsP()},
        {tr("PSI"), DriftFormat::explainPsi()},
        {tr("Jensen–Shannon distance"), DriftFormat::explainJs()},
        {tr("Normalised Wasserstein distance"), DriftFormat::explainWasserstein()},
        {tr("Chi-square"), DriftFormat::explainChi2() + QStringLiteral(" ") + DriftFormat::explainChi2P()},
        {tr("Empty cells"), DriftFormat::explainMissing()},
        {tr("Re-segmenting suggested"), tr("The segment sizes moved a lot, or customers fit their segments clearly worse "
                                           "than when the segments were made: time to find segments again.")},
    };
    QString html = QStringLiteral("<dl>");
    for (const auto& [term, text] : terms) html += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(term), esc(text));
    return html + QStringLiteral("</dl>");
}

QString DriftReportExporter::buildHtml(const HistoryView& h, const std::vector<Figure>& figures) {
    QString html = QStringLiteral("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%1</title><style>%2</style></head><body>")
                       .arg(esc(tr("Drift report: %1").arg(h.dataset)), QString::fromLatin1(kStyle));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Drift report: %1").arg(h.dataset)));
    const QString reference = h.reference == DriftReference::Training ? tr("each month is compared with the month the model was trained on")
                                                                      : tr("each month is compared with the month before");
    html += QStringLiteral("<p class='meta'>%1</p>")
                .arg(esc(tr("%1 months · model: %2 · %3 · made %4 on this computer by Segmenta")
                             .arg(h.snapshots.size())
                             .arg(h.model.isEmpty() ? tr("none") : h.model, reference,
                                  QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))));
    if (!h.snapshots.empty()) {
        const SnapshotView& last = h.snapshots.back();
        html += QStringLiteral("<h2>%1</h2><p>%2 %3</p>").arg(esc(tr("Latest month: %1").arg(last.label)), badge(last.status),
                                                             esc(DriftFormat::statusExplanation(last.status, last.comparedWith)));
        if (last.resegmentSuggested) html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Re-segmenting suggested.")));
        if (!last.reasons.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString& r : last.reasons) html += QStringLiteral("<li>") + esc(r) + QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Month by month"))) + snapshotTable(h);
    for (const Figure& f : figures) {
        if (f.image.isNull()) continue;
        html += QStringLiteral("<h2>%1</h2><figure>%2<figcaption>%3</figcaption></figure>")
                    .arg(esc(f.title), imageTag(f.image, f.title), esc(f.caption));
    }
    if (!h.snapshots.empty() && !h.snapshots.back().isReference) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Every column in %1").arg(h.snapshots.back().label)));
        html += columnTable(h.snapshots.back());
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("What the numbers mean"))) + glossary();
    return html + QStringLiteral("</body></html>\n");
}

bool DriftReportExporter::write(const QString& path, const QString& html, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        if (error) *error = tr("Could not write %1. Check that the folder exists and you may write to it.").arg(path);
        return false;
    }
    return true;
}

} // namespace segmenta::ui
