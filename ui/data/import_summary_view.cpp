// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/import_summary_view.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/io/csv_reader.h"
#include "core/quality/profile.h"
#include "ui/common/display_text.h"
#include "ui/data/import_note_text.h"
#include "ui/data/import_warning_text.h"

namespace segmenta::ui {

namespace {
QString delimiterText(char c) {
    switch (c) {
    case ',': return ImportSummaryView::tr("comma");
    case ';': return ImportSummaryView::tr("semicolon");
    case '\t': return ImportSummaryView::tr("tab");
    case '|': return ImportSummaryView::tr("vertical bar");
    default: return QString(QLatin1Char(c));
    }
}

// The reader's warning kinds ("ragged_row") in plain words; an unknown kind as it is.
QString warningKindLabel(const std::string& kind) {
    static const std::pair<const char*, const char*> kLabels[] = {
        {"ragged_row", QT_TRANSLATE_NOOP("segmenta::ui::ImportSummaryView", "values missing or extra")},
        {"invalid_bytes", QT_TRANSLATE_NOOP("segmenta::ui::ImportSummaryView", "unreadable characters")},
        {"type_mismatch", QT_TRANSLATE_NOOP("segmenta::ui::ImportSummaryView", "value did not fit")},
        {"unclosed_quote", QT_TRANSLATE_NOOP("segmenta::ui::ImportSummaryView", "quote not closed")},
        {"stray_quote", QT_TRANSLATE_NOOP("segmenta::ui::ImportSummaryView", "stray quote")},
        {"renamed_column", QT_TRANSLATE_NOOP("segmenta::ui::ImportSummaryView", "column renamed")},
        {"extra_columns", QT_TRANSLATE_NOOP("segmenta::ui::ImportSummaryView", "extra columns")},
    };
    for (const auto& [key, label] : kLabels)
        if (kind == key) return ImportSummaryView::tr(label);
    return QString::fromStdString(kind);
}
} // namespace

ImportSummaryView::ImportSummaryView(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), duplicates_(new QLabel(this)), warnings_(new QTreeWidget(this)) {
    duplicates_->setWordWrap(true);
    duplicates_->setToolTip(tr("Rows that repeat an earlier row in every column, and columns that repeat another column."));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warnings_->setColumnCount(3);
    warnings_->setHeaderLabels({tr("Line"), tr("Column / kind"), tr("What was found")});
    warnings_->setRootIsDecorated(false);
    warnings_->setWordWrap(true);
    warnings_->setAccessibleName(tr("Import warnings"));
    warnings_->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(duplicates_);
    layout->addWidget(warnings_, 1);
    setReport(nullptr, {});
}

void ImportSummaryView::setReport(const ImportReport* report, const QString& path) {
    warnings_->clear();
    duplicates_->setText(tr("Looking for duplicated rows and columns…"));
    if (!report) {
        duplicates_->clear();
        summary_->setText(tr("Nothing imported yet."));
        warnings_->hide();
        return;
    }
    const CsvDialect& d = report->dialect;
    QString html = tr("<b>%1</b><br>").arg(QFileInfo(path).fileName().toHtmlEscaped());
    html += tr("Rows read: <b>%L1</b><br>Rows loaded: <b>%L2</b><br>Rows with problems: <b>%L3</b><br>")
                .arg(report->rowsRead).arg(report->rowsLoaded).arg(report->rowsWithProblems);
    html += tr("Read as: %1-separated, %2, decimal mark “%3”, %4.")
                .arg(delimiterText(d.delimiter), QString::fromLatin1(toString(d.encoding)), QString(QLatin1Char(d.decimal)),
                     d.header ? tr("first row holds the column names") : tr("no header row"));
    if (report->rowsLost > 0)
        html += QStringLiteral("<br><b>") +
                tr("About %L1 rows were lost: a broken quote read them into another row's cell (see the warnings "
                   "below). Fix the quote in the file and import it again.")
                    .arg(report->rowsLost) +
                QStringLiteral("</b>");
    if (report->rowsRead != report->rowsLoaded)
        html += QStringLiteral("<br>") + tr("Every row read was kept unless listed below.");
    summary_->setText(html);

    for (const auto& c : report->columns) {
        if (c.invalidCount == 0 && c.note.empty()) continue;
        QStringList parts;
        if (c.invalidCount > 0) {
            QStringList ex;
            for (const auto& e : c.invalidExamples) ex << QStringLiteral("“%1”").arg(DisplayText::label(e));
            parts << tr("%Ln value(s) did not fit and are shown as missing", nullptr, int(c.invalidCount)) +
                         (ex.isEmpty() ? QString() : tr(" (e.g. %1)").arg(ex.join(QStringLiteral(", "))));
        }
        if (!c.note.empty()) parts << ImportNoteText::sentence(c.note);
        auto* item = new QTreeWidgetItem(warnings_, {QStringLiteral("—"), DisplayText::label(c.name), parts.join(QStringLiteral(". "))});
        item->setToolTip(0, tr("About the whole column, not one line."));
        item->setToolTip(2, item->text(2));
    }
    for (const auto& w : report->warnings) {
        auto* item = new QTreeWidgetItem(warnings_, {QString::number(w.line), warningKindLabel(w.kind),
                                                      ImportWarningText::sentence(w)});
        item->setToolTip(2, item->text(2));
    }
    const auto hidden = report->warningCount - std::int64_t(report->warnings.size());
    if (hidden > 0)
        new QTreeWidgetItem(warnings_, {QString(), QString(), tr("… and %L1 more warnings of the same kinds.").arg(hidden)});
    if (warnings_->topLevelItemCount() == 0)
        new QTreeWidgetItem(warnings_, {QString(), QString(), tr("No problems found: every row was read as it is.")});
    warnings_->resizeColumnToContents(0);
    warnings_->resizeColumnToContents(1);
    warnings_->show();
}

void ImportSummaryView::setTableProfile(const TableProfile& profile, const Table& table) {
    QString text = profile.duplicateRows == 0 ? tr("No row is repeated.")
                                              : tr("%Ln row(s) repeat an earlier row exactly.", nullptr, int(profile.duplicateRows));
    for (const auto& d : profile.duplicateColumns)
        if (d.column < table.columnCount() && d.sameAs < table.columnCount())
            text += QLatin1Char(' ') + tr("Column “%1” is a copy of “%2”.")
                                           .arg(DisplayText::label(table.columns[d.column].name),
                                                DisplayText::label(table.columns[d.sameAs].name));
    duplicates_->setText(text);
}

} // namespace segmenta::ui
