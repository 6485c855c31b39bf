#include "ImportDialog.h"

#include "FileDialog.h"
#include "Style.h"
#include "importing/Importer.h"
#include "importing/SearchIndexer.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

namespace {
constexpr int kPathRole = Qt::UserRole;
constexpr int kRefusalRole = Qt::UserRole + 1; // why Roer leaves the file out, or empty
QString g_nextPassword;
bool g_hasNextPassword = false;
} // namespace

ImportDialog::ImportDialog(Vault &vault, qint64 retailerId, const QString &retailerName,
                           QWidget *parent)
    : QDialog(parent), m_vault(vault), m_retailerId(retailerId), m_retailerName(retailerName)
{
    setWindowTitle(tr("Import data from %1").arg(retailerName));
    setAcceptDrops(true);
    m_pages = new QStackedWidget(this);

    // Page 1: choose files.
    auto *choose = new QWidget;
    auto *chooseLayout = new QVBoxLayout(choose);
    auto *intro = new QLabel(
        tr("Choose the files you got from %1. You can also drag them here.").arg(retailerName));
    intro->setWordWrap(true);
    m_fileList = new QListWidget;
    m_fileList->setAccessibleName(tr("Files to import"));
    intro->setBuddy(m_fileList);
    auto *add = new QPushButton(tr("Add files…"));
    add->setObjectName(QStringLiteral("addFilesButton"));
    auto *remove = new QPushButton(tr("Remove from list"));
    m_importButton = new QPushButton(tr("Import"));
    m_importButton->setObjectName(QStringLiteral("startImportButton"));
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    auto *cancelChoice = new QPushButton(tr("Cancel"));
    cancelChoice->setObjectName(QStringLiteral("cancelChoiceButton"));
    row->addWidget(cancelChoice);
    row->addWidget(m_importButton);
    chooseLayout->addWidget(intro);
    chooseLayout->addWidget(m_fileList);
    m_leftOut = new QLabel(tr("Roer leaves out the files with a warning sign. It imports the "
                              "others."));
    m_leftOut->setObjectName(QStringLiteral("leftOutNote"));
    m_leftOut->setWordWrap(true);
    Style::makeNote(m_leftOut);
    m_leftOut->hide();
    chooseLayout->addWidget(m_leftOut);
    chooseLayout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(cancelChoice, &QPushButton::clicked, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_fileList->selectedItems());
        updateFileStep();
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);

    // Page 2: progress.
    auto *working = new QWidget;
    auto *workingLayout = new QVBoxLayout(working);
    auto *reading = new QLabel(tr("Roer is reading your files. Nothing leaves your computer."));
    reading->setWordWrap(true);
    m_workingText = reading;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    m_currentFile = new QLabel;
    m_cancelButton = new QPushButton(tr("Cancel"));
    workingLayout->addWidget(reading);
    workingLayout->addWidget(m_progress);
    workingLayout->addWidget(m_currentFile);
    workingLayout->addWidget(m_cancelButton, 0, Qt::AlignRight);
    workingLayout->addStretch();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);

    // Page 3: summary.
    auto *done = new QWidget;
    auto *doneLayout = new QVBoxLayout(done);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    Style::nameStandardButtons(close);
    // After a failed import: back to the list, where the file that failed is marked.
    m_backButton = close->addButton(tr("Back to the files"), QDialogButtonBox::ActionRole);
    m_backButton->setObjectName(QStringLiteral("backToFilesButton"));
    m_backButton->hide();
    doneLayout->addWidget(m_summary);
    doneLayout->addStretch();
    doneLayout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        m_backButton->hide();
        m_pages->setCurrentIndex(0);
        updateFileStep();
        m_fileList->setFocus();
    });

    m_pages->addWidget(choose);
    m_pages->addWidget(working);
    m_pages->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(520, 360);
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_importer->cancel();
        m_stopIndexing.store(true);
        m_thread->wait();
    }
    // Closed here, while the vault is still open (a lock deletes this dialog on aboutToLock).
    m_importer.reset();
    m_workerVault.reset();
}

void ImportDialog::setNextPassword(const QString &password)
{
    g_nextPassword = password;
    g_hasNextPassword = true;
}

void ImportDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        bool listed = false;
        for (int i = 0; i < m_fileList->count(); ++i)
            listed |= m_fileList->item(i)->data(kPathRole).toString() == file;
        if (!QFileInfo(file).isFile() || listed)
            continue;
        auto *item = new QListWidgetItem(m_fileList);
        item->setData(kPathRole, file);
        item->setToolTip(file);
        markFile(item, Importer::refusal(file));
    }
    updateFileStep();
}

void ImportDialog::markFile(QListWidgetItem *item, const QString &refusal)
{
    const QString name = QFileInfo(item->data(kPathRole).toString()).fileName();
    item->setData(kRefusalRole, refusal);
    item->setText(refusal.isEmpty() ? name : tr("%1 (left out: %2)").arg(name, refusal));
    item->setIcon(refusal.isEmpty() ? QIcon()
                                    : style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void ImportDialog::updateFileStep()
{
    const QStringList good = files();
    bool anyLeftOut = false;
    for (int i = 0; i < m_fileList->count(); ++i)
        anyLeftOut |= !m_fileList->item(i)->data(kRefusalRole).toString().isEmpty();
    m_leftOut->setVisible(anyLeftOut);
    m_importButton->setEnabled(!good.isEmpty());
}

QStringList ImportDialog::leftOut() const
{
    QStringList out;
    for (int i = 0; i < m_fileList->count(); ++i) {
        const QListWidgetItem *item = m_fileList->item(i);
        const QString why = item->data(kRefusalRole).toString();
        if (!why.isEmpty())
            out << QStringLiteral("%1: %2")
                       .arg(QFileInfo(item->data(kPathRole).toString()).fileName(), why);
    }
    return out;
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_fileList->count(); ++i)
        if (m_fileList->item(i)->data(kRefusalRole).toString().isEmpty())
            out.append(m_fileList->item(i)->data(kPathRole).toString());
    return out;
}

void ImportDialog::chooseFiles()
{
    addFiles(FileDialog::getOpenFileNames(
        this, tr("Choose export files"),
        tr("Export files (*.zip *.csv *.json *.js *.xml *.txt *.pdf *.html);;All files (*)")));
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_pages->currentIndex() == 0)
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    QStringList dropped;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            dropped.append(url.toLocalFile());
    addFiles(dropped);
    event->acceptProposedAction();
}

void ImportDialog::startImport()
{
    if (m_thread || files().isEmpty())
        return;
    m_backButton->hide();
    m_pages->setCurrentIndex(1);
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_result.reset();
    if (m_openConnection) {
        Result<std::unique_ptr<Vault>> connection = m_openConnection();
        if (!connection) {
            showError(connection.error().message);
            return;
        }
        m_workerVault = std::move(connection).value();
    }
    Vault *work = m_workerVault ? m_workerVault.get() : &m_vault;
    m_importer = std::make_unique<Importer>(*work);
    if (!m_password.isEmpty())
        m_importer->setZipPassword(m_password);
    // Emitted on the worker thread, delivered here queued.
    connect(m_importer.get(), &Importer::progressed, this, &ImportDialog::onProgress);
    const QStringList list = files();
    m_workingText->setText(tr("Roer is reading your files. Nothing leaves your computer."));
    m_indexing.store(false);
    m_stopIndexing.store(false);
    m_searchReady = true;
    m_thread = QThread::create([this, list, work] {
        m_result = m_importer->run(m_retailerId, list);
        if (!*m_result)
            return;
        // Phase 2, after the commit: make the new records searchable.
        m_indexing.store(true);
        QMetaObject::invokeMethod(
            this, [this] { onIndexProgress(0, 1); }, Qt::QueuedConnection);
        auto indexed = SearchIndexer(*work).run([this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { onIndexProgress(done, total); }, Qt::QueuedConnection);
            return !m_stopIndexing.load();
        });
        m_searchReady = indexed && !m_stopIndexing.load();
    });
    connect(m_thread, &QThread::finished, this, &ImportDialog::onWorkerFinished);
    m_thread->start();
}

void ImportDialog::cancelImport()
{
    if (m_indexing.load()) {
        // The import is committed; only the search preparation stops.
        m_stopIndexing.store(true);
        m_cancelButton->setEnabled(false);
        m_currentFile->setText(tr("Stopping…"));
        return;
    }
    if (m_importer) {
        m_importer->cancel();
        m_cancelButton->setEnabled(false);
        m_currentFile->setText(tr("Stopping…"));
    }
}

void ImportDialog::reject()
{
    if (m_thread) {
        cancelImport(); // closes once the worker has rolled back
        return;
    }
    QDialog::reject();
}

void ImportDialog::onProgress(qint64 done, qint64 total, const QString &file)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    if (!file.isEmpty() && m_cancelButton->isEnabled())
        m_currentFile->setText(tr("Reading %1").arg(file));
}

void ImportDialog::onIndexProgress(qint64 done, qint64 total)
{
    if (!m_thread || !m_indexing.load())
        return;
    m_workingText->setText(tr("Your files are imported. Roer is preparing the search over them."));
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    if (m_cancelButton->isEnabled())
        m_currentFile->setText(tr("Preparing search…"));
}

void ImportDialog::onWorkerFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const Result<ImportSummary> result =
        m_result.value_or(Error::make(ErrorCode::Generic, QString()));
    m_importer.reset();
    m_workerVault.reset();
    if (result) {
        showSummary(*result);
        emit importFinished(result->snapshotId);
        return;
    }
    if (result.error().code == ErrorCode::WrongPassphrase) {
        const QString password = askPassword();
        if (!password.isEmpty()) {
            m_password = password.toUtf8();
            startImport();
            return;
        }
    }
    showError(result.error().message);
}

QString ImportDialog::askPassword()
{
    if (g_hasNextPassword) {
        g_hasNextPassword = false;
        return g_nextPassword;
    }
    return QInputDialog::getText(
        this, tr("Password needed"),
        tr("This ZIP file is protected with a password. The retailer often sends it "
           "in a separate e-mail. Password:"),
        QLineEdit::Password);
}

QString ImportDialog::summaryText(const ImportSummary &s, bool searchReady)
{
    QStringList lines;
    if (s.alreadyImported) {
        lines << tr("You imported these files before. Nothing was added.");
    } else {
        // Numbers as the customer writes them (300.000 in Dutch); no plural forms needed.
        const QLocale locale;
        lines << tr("Files read: %1. Records: %2. Values: %3.")
                     .arg(locale.toString(s.filesRead), locale.toString(s.records),
                          locale.toString(s.fields));
        for (const QString &skipped : s.skipped)
            lines << tr("Not read: %1").arg(skipped);
        for (const QString &warning : s.warnings)
            lines << tr("Note: %1").arg(warning);
        if (!searchReady)
            lines << tr("Search does not cover all of this data yet. Roer finishes this later, on "
                        "the My data page.");
        // Every file its own line, as far as a list stays readable (a ZIP can hold hundreds).
        constexpr qsizetype kMaxFileLines = 12;
        if (!s.hasPrevious && s.files.size() > 1 && s.files.size() <= kMaxFileLines)
            for (const DataFileChange &c : s.files)
                lines << tr("%1: read. Records: %2.").arg(c.path, locale.toString(c.records));
        if (s.hasPrevious) {
            // Only what changed: a list of unchanged files hides the one that matters.
            QStringList changes;
            for (const DataFileChange &c : s.files) {
                if (c.isNew)
                    changes
                        << tr("%1: new file. Records: %2.").arg(c.path, locale.toString(c.records));
                else if (c.added || c.removed || c.changed)
                    changes << tr("%1: %2 new, %3 gone, %4 changed.")
                                   .arg(c.path, locale.toString(c.added),
                                        locale.toString(c.removed), locale.toString(c.changed));
            }
            for (const QString &gone : s.removedFiles)
                changes << tr("%1: not in this import.").arg(gone);
            if (changes.isEmpty())
                lines << tr("Nothing changed since your last import.");
            else
                lines << tr("Changes since your last import:") << changes;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::showSummary(const ImportSummary &summary)
{
    ImportSummary s = summary;
    s.skipped = leftOut() + s.skipped; // each file the customer chose has its own line
    m_summary->setText(summaryText(s, m_searchReady));
    m_pages->setCurrentIndex(2);
}

void ImportDialog::showError(const QString &message)
{
    m_summary->setText(tr("Roer did not import these files. Your vault is unchanged.")
                       + QLatin1Char('\n') + message);
    // The reader's message starts with the file it is about: mark that file in the list, so
    // the customer can leave it out and import the others.
    for (int i = 0; i < m_fileList->count(); ++i) {
        QListWidgetItem *item = m_fileList->item(i);
        const QString name = QFileInfo(item->data(kPathRole).toString()).fileName();
        if (message.startsWith(name + QLatin1Char(':'))
            || message.startsWith(name + QLatin1Char('/')))
            markFile(item, tr("Roer could not read it."));
    }
    m_backButton->setVisible(m_fileList->count() > 0);
    m_pages->setCurrentIndex(2);
}
