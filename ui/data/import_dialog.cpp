// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/common/background_task.h"
#include "ui/common/display_text.h"
#include "ui/data/column_labels.h"
#include "ui/data/combo_delegate.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_table_model.h"
#include "ui/data/import_note_text.h"
#include "ui/data/import_warning_text.h"

namespace segmenta::ui {

namespace {

enum ColumnsColumn { NameCol, FoundCol, TypeCol, RoleCol, NotesCol, ColumnsColCount };
constexpr int kAutomatic = -1;

QString delimiterName(char c) {
    switch (c) {
    case ',': return ImportDialog::tr("comma");
    case ';': return ImportDialog::tr("semicolon");
    case '\t': return ImportDialog::tr("tab");
    case '|': return ImportDialog::tr("vertical bar");
    case ' ': return ImportDialog::tr("space");
    case '.': return ImportDialog::tr("point");
    case '\'': return ImportDialog::tr("apostrophe");
    case 0: return ImportDialog::tr("none");
    default: return QString(QLatin1Char(c));
    }
}

QString sure(double confidence) {
    return confidence >= 0.995 ? QString() : ImportDialog::tr(", %1 % sure").arg(int(confidence * 100.0 + 0.5));
}

// Reads the head of the file, cut after the last complete line so the preview
// does not end in a half record (which would look like a ragged row).
Result<std::string> readHead(const QString& path) {
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) return makeError(ErrorKind::NotFound, "The file does not exist any more.");
    if (info.isDir()) return makeError(ErrorKind::BadInput, "This is a folder, not a CSV file.");
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, "The file cannot be opened. Check that you may read it.");
    const QByteArray bytes = file.read(ImportDialog::kPreviewBytes);
    std::string head(bytes.constData(), std::size_t(bytes.size()));
    if (!file.atEnd()) {
        const auto cut = head.rfind('\n');
        if (cut != std::string::npos) {
            // UTF-16LE stores '\n' as 0A 00: keep the 00 so the text stays aligned.
            const bool utf16le = head.size() >= 2 && std::uint8_t(head[0]) == 0xFF && std::uint8_t(head[1]) == 0xFE;
            head.resize(std::min(head.size(), cut + (utf16le ? 2 : 1)));
        }
    }
    return head;
}

} // namespace

ImportDialog::ImportDialog(const QString& path, CsvImporter* importer, QWidget* parent)
    : QDialog(parent), path_(path), importer_(importer), previewTask_(new BackgroundTask(this)),
      reparseTimer_(new QTimer(this)), previewModel_(new DataTableModel(this)) {
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(1040, 780);

    fileLabel_ = new QLabel(this);
    const QFileInfo info(path);
    fileLabel_->setText(tr("<b>%1</b> — %2, in %3")
                            .arg(info.fileName().toHtmlEscaped(), QLocale().formattedDataSize(info.size()),
                                 info.absolutePath().toHtmlEscaped()));
    fileLabel_->setTextFormat(Qt::RichText);

    warnings_ = new QListWidget(this);
    warnings_->setAccessibleName(tr("Warnings"));
    warnings_->setWordWrap(true);
    auto* warningsBox = new QGroupBox(tr("Things to check"), this);
    (new QVBoxLayout(warningsBox))->addWidget(warnings_);

    auto* top = new QHBoxLayout;
    top->addWidget(createDialectBox());
    top->addWidget(warningsBox, 1);

    previewView_ = new QTableView(this);
    previewView_->setModel(previewModel_);
    previewView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Column widths from the first rows only: measuring all 300 would hold up the window.
    previewView_->horizontalHeader()->setResizeContentsPrecision(50);
    previewView_->setAccessibleName(tr("Preview"));
    auto* previewBox = new QGroupBox(tr("Preview: the first rows as they will be read"), this);
    (new QVBoxLayout(previewBox))->addWidget(previewView_);

    columns_ = new QTableWidget(0, ColumnsColCount, this);
    columns_->setHorizontalHeaderLabels({tr("Column"), tr("Found"), tr("Read as"), tr("Use as"), tr("Notes")});
    columns_->horizontalHeaderItem(TypeCol)->setToolTip(tr("Click to change how the column's values are read."));
    columns_->horizontalHeaderItem(RoleCol)->setToolTip(tr("Click to change what the column is used for."));
    columns_->horizontalHeader()->setStretchLastSection(true);
    columns_->verticalHeader()->hide();
    columns_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    columns_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    columns_->setAccessibleName(tr("Columns"));
    QStringList types, typeTips, roles, roleTips;
    for (int t = 0; t <= int(ColumnType::Identifier); ++t) {
        types << ColumnLabels::type(ColumnType(t));
        typeTips << ColumnLabels::typeTip(ColumnType(t));
    }
    for (int r = 0; r <= int(ColumnRole::Slice); ++r) {
        roles << ColumnLabels::role(ColumnRole(r));
        roleTips << ColumnLabels::roleTip(ColumnRole(r));
    }
    columns_->setItemDelegateForColumn(TypeCol, new ComboDelegate(types, typeTips, columns_));
    columns_->setItemDelegateForColumn(RoleCol, new ComboDelegate(roles, roleTips, columns_));
    connect(columns_, &QTableWidget::itemChanged, this, &ImportDialog::onColumnEdited);
    auto* columnsBox = new QGroupBox(tr("Columns"), this);
    (new QVBoxLayout(columnsBox))->addWidget(columns_);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(columnsBox);

    statusLabel_ = new QLabel(this);
    statusLabel_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel_);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(statusLabel_);
    layout->addWidget(buttons_);

    // Options change in bursts (scrolling through a combo); parse once they settle.
    reparseTimer_->setSingleShot(true);
    reparseTimer_->setInterval(150);
    connect(reparseTimer_, &QTimer::timeout, this, &ImportDialog::reparse);
    connect(previewTask_, &BackgroundTask::failed, this, &ImportDialog::showPreviewError);
    reparse();
}

ImportDialog::~ImportDialog() = default;

QWidget* ImportDialog::createDialectBox() {
    auto* box = new QGroupBox(tr("How the file is written"), this);
    auto* form = new QFormLayout(box);
    const QString autoText = tr("Automatic");
    delimiter_ = new QComboBox(box);
    addChoices(delimiter_, QStringLiteral("delimiterCombo"),
               {{autoText, kAutomatic}, {tr("Comma ,"), ','}, {tr("Semicolon ;"), ';'}, {tr("Tab"), '\t'}, {tr("Vertical bar |"), '|'}});
    delimiter_->setToolTip(tr("The character between the values of a row."));
    header_ = new QComboBox(box);
    addChoices(header_, QStringLiteral("headerCombo"), {{autoText, kAutomatic}, {tr("Column names"), 1}, {tr("Data"), 0}});
    header_->setToolTip(tr("Whether the first row holds the column names or is already data."));
    decimal_ = new QComboBox(box);
    addChoices(decimal_, QStringLiteral("decimalCombo"), {{autoText, kAutomatic}, {tr("Point (57.8)"), '.'}, {tr("Comma (57,8)"), ','}});
    decimal_->setToolTip(tr("How the fraction of a number is written."));
    thousands_ = new QComboBox(box);
    addChoices(thousands_, QStringLiteral("thousandsCombo"),
               {{autoText, kAutomatic}, {tr("None"), 0}, {tr("Comma (1,000)"), ','}, {tr("Point (1.000)"), '.'},
                {tr("Space (1 000)"), ' '}, {tr("Apostrophe (1'000)"), '\''}});
    thousands_->setToolTip(tr("The character that groups the digits of large numbers, if any."));
    encoding_ = new QComboBox(box);
    QList<QPair<QString, int>> encodings{{autoText, kAutomatic}};
    for (auto e : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
        encodings.append({QString::fromLatin1(toString(e)), int(e)});
    addChoices(encoding_, QStringLiteral("encodingCombo"), encodings);
    encoding_->setToolTip(tr("How letters are stored. If accents look wrong in the preview, try another one."));
    form->addRow(tr("&Separator:"), delimiter_);
    form->addRow(tr("&First row:"), header_);
    form->addRow(tr("&Decimal mark:"), decimal_);
    form->addRow(tr("&Thousands:"), thousands_);
    form->addRow(tr("&Encoding:"), encoding_);
    return box;
}

void ImportDialog::addChoices(QComboBox* combo, const QString& objectName, const QList<QPair<QString, int>>& choices) {
    combo->setObjectName(objectName);
    for (const auto& [text, value] : choices) combo->addItem(text, value);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::scheduleReparse);
}

CsvOptions ImportDialog::options() const {
    CsvOptions o;
    auto chosen = [](const QComboBox* c) { return c->currentData().toInt(); };
    if (chosen(delimiter_) != kAutomatic) o.delimiter = char(chosen(delimiter_));
    if (chosen(header_) != kAutomatic) o.header = chosen(header_) == 1;
    if (chosen(decimal_) != kAutomatic) o.decimal = char(chosen(decimal_));
    if (chosen(thousands_) != kAutomatic) o.thousands = char(chosen(thousands_));
    if (chosen(encoding_) != kAutomatic) o.encoding = TextEncoding(chosen(encoding_));
    o.typeOverrides = typeOverrides_;
    o.roleOverrides = roleOverrides_;
    return o;
}

void ImportDialog::scheduleReparse() { reparseTimer_->start(); }

void ImportDialog::reparse() {
    previewReady_ = false;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    statusLabel_->setText(tr("Reading the first rows…"));
    CsvOptions o = options();
    o.maxRows = kPreviewRows;
    const QString path = path_;
    previewTask_->start<Result<ImportResult>>(
        [path, o](const Progress& progress) -> Result<ImportResult> {
            auto head = readHead(path);
            if (!head.ok()) return head.error();
            return readCsvBytes(head.value(), o, &progress);
        },
        [this](Result<ImportResult>&& result) {
            if (result.ok()) showPreview(std::move(result.value()));
            else showPreviewError(CsvImporter::describe(result.error(), path_));
        });
}

void ImportDialog::showPreview(ImportResult&& result) {
    report_ = std::move(result.report);
    previewModel_->setTable(std::make_shared<const Table>(std::move(result.table)));
    // Overrides for columns that no longer exist (the header or separator changed) would only confuse.
    std::erase_if(typeOverrides_, [this](const auto& kv) { return !previewModel_->table()->find(kv.first); });
    std::erase_if(roleOverrides_, [this](const auto& kv) { return !previewModel_->table()->find(kv.first); });
    updateAutomaticLabels();
    fillColumns();
    fillWarnings();
    const auto rows = previewModel_->table()->rowCount();
    const bool wholeFile = QFileInfo(path_).size() <= kPreviewBytes && rows < std::size_t(kPreviewRows);
    if (wholeFile)
        statusLabel_->setText(rows == 1 ? tr("The file has one data row; it is shown above.")
                                        : tr("All %L1 rows of the file are shown above.").arg(qulonglong(rows)));
    else
        statusLabel_->setText(tr("Showing the first %L1 rows. Import reads the whole file; you can cancel it.").arg(qulonglong(rows)));
    previewView_->resizeColumnsToContents();
    previewReady_ = true;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
    emit previewUpdated();
}

void ImportDialog::showPreviewError(const QString& message) {
    previewModel_->setTable(nullptr);
    columns_->setRowCount(0);
    warnings_->clear();
    statusLabel_->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                              .arg(message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    emit previewFailed(message);
}

void ImportDialog::updateAutomaticLabels() {
    const CsvDialect& d = report_.dialect;
    QSignalBlocker b1(delimiter_), b2(header_), b3(decimal_), b4(thousands_), b5(encoding_);
    delimiter_->setItemText(0, tr("Automatic (%1%2)").arg(delimiterName(d.delimiter), sure(d.delimiterConfidence)));
    header_->setItemText(0, tr("Automatic (%1%2)").arg(d.header ? tr("column names") : tr("data"), sure(d.headerConfidence)));
    decimal_->setItemText(0, tr("Automatic (%1%2)").arg(delimiterName(d.decimal), sure(d.decimalConfidence)));
    thousands_->setItemText(0, tr("Automatic (%1)").arg(delimiterName(d.thousands)));
    encoding_->setItemText(0, tr("Automatic (%1%2)").arg(QString::fromLatin1(toString(d.encoding)), sure(d.encodingConfidence)));
}

void ImportDialog::fillColumns() {
    filling_ = true;
    const Table& table = *previewModel_->table();
    columns_->setRowCount(int(table.columnCount()));
    for (std::size_t i = 0; i < table.columnCount(); ++i) {
        const Column& c = table.columns[i];
        const ColumnImportInfo* info = i < report_.columns.size() ? &report_.columns[i] : nullptr;
        const int row = int(i);
        // Shown cut; the whole name, which the overrides are keyed by, is kept as data.
        auto* name = new QTableWidgetItem(DisplayText::label(c.name));
        name->setData(Qt::UserRole, QString::fromStdString(c.name));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        columns_->setItem(row, NameCol, name);
        const ColumnType guessed = info ? info->guessedType : c.type;
        auto* found = new QTableWidgetItem(ColumnLabels::type(guessed) + sure(info ? info->confidence : 1.0));
        found->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        found->setToolTip(ColumnLabels::typeTip(guessed));
        columns_->setItem(row, FoundCol, found);
        auto* type = new QTableWidgetItem(ColumnLabels::type(c.type));
        type->setData(Qt::UserRole, int(c.type));
        type->setToolTip(ColumnLabels::typeTip(c.type));
        columns_->setItem(row, TypeCol, type);
        auto* role = new QTableWidgetItem(ColumnLabels::role(c.role));
        role->setData(Qt::UserRole, int(c.role));
        role->setToolTip(ColumnLabels::roleTip(c.role));
        columns_->setItem(row, RoleCol, role);
        QString notes;
        if (info && info->invalidCount > 0) {
            QStringList examples;
            for (const auto& e : info->invalidExamples) examples << QStringLiteral("“%1”").arg(DisplayText::label(e));
            notes = tr("%Ln value(s) did not fit and will be missing", nullptr, int(info->invalidCount));
            if (!examples.isEmpty()) notes += tr(", e.g. %1").arg(examples.join(QStringLiteral(", ")));
            notes += QLatin1Char('.');
        }
        if (info && !info->note.empty()) notes = (notes.isEmpty() ? QString() : notes + QLatin1Char(' ')) + ImportNoteText::sentence(info->note);
        auto* noteItem = new QTableWidgetItem(notes);
        noteItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        noteItem->setToolTip(notes);
        columns_->setItem(row, NotesCol, noteItem);
    }
    columns_->resizeColumnsToContents();
    filling_ = false;
}

void ImportDialog::fillWarnings() {
    warnings_->clear();
    for (std::size_t i = 0; i < report_.columns.size(); ++i)
        if (!report_.columns[i].note.empty())
            warnings_->addItem(tr("Column “%1”: %2").arg(DisplayText::label(report_.columns[i].name),
                                                       ImportNoteText::sentence(report_.columns[i].note)));
    for (const auto& w : report_.warnings) {
        // The reader's messages usually name their line already ("Line 42 has…"): don't say it twice.
        const QString message = ImportWarningText::sentence(w);
        const bool namesLine = message != QString::fromStdString(w.message) || message.startsWith(QStringLiteral("Line "));
        warnings_->addItem(namesLine ? message
                                                                       : tr("Line %L1: %2").arg(w.line).arg(message));
    }
    if (report_.warningCount > std::int64_t(report_.warnings.size()))
        warnings_->addItem(tr("… and %L1 more.").arg(report_.warningCount - std::int64_t(report_.warnings.size())));
    if (warnings_->count() == 0) warnings_->addItem(tr("Nothing unusual in the first rows."));
}

void ImportDialog::onColumnEdited(QTableWidgetItem* item) {
    if (filling_ || !previewModel_->table()) return;
    const std::string name = columns_->item(item->row(), NameCol)->data(Qt::UserRole).toString().toStdString();
    const int value = item->data(Qt::UserRole).toInt();
    if (item->column() == TypeCol) {
        typeOverrides_[name] = ColumnType(value);
        item->setToolTip(ColumnLabels::typeTip(ColumnType(value)));
        scheduleReparse();   // the preview shows what the new type makes of the values
    } else if (item->column() == RoleCol) {
        roleOverrides_[name] = ColumnRole(value);
        item->setToolTip(ColumnLabels::roleTip(ColumnRole(value)));
    }
}

void ImportDialog::setColumnType(const QString& column, ColumnType type) {
    for (int row = 0; row < columns_->rowCount(); ++row) {
        if (columns_->item(row, NameCol)->data(Qt::UserRole).toString() != column) continue;
        auto* cell = columns_->item(row, TypeCol);
        cell->setData(Qt::UserRole, int(type));
        cell->setData(Qt::DisplayRole, ColumnLabels::type(type));
    }
}

void ImportDialog::setColumnRole(const QString& column, ColumnRole role) {
    for (int row = 0; row < columns_->rowCount(); ++row) {
        if (columns_->item(row, NameCol)->data(Qt::UserRole).toString() != column) continue;
        auto* cell = columns_->item(row, RoleCol);
        cell->setData(Qt::UserRole, int(role));
        cell->setData(Qt::DisplayRole, ColumnLabels::role(role));
    }
}

void ImportDialog::accept() {
    if (!previewReady_) return;
    previewTask_->cancel();
    if (importer_) importer_->start(path_, options());
    QDialog::accept();
}

} // namespace segmenta::ui
