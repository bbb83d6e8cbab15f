// SPDX-License-Identifier: Apache-2.0
#include "ui/preferences/preferencesdialog.h"

// Qt
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

// Local
#include "ui/i18n/language.h"
#include "ui/widgets/formrows.h"

namespace oncoview::ui {

namespace {

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(buildInference());
    left->addWidget(buildStorage());
    left->addWidget(buildViewing());
    left->addStretch(1);
    columns->addLayout(left, 3);
    columns->addWidget(buildModels(), 2);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences {}); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    setPreferences(current);
    resize(sizeHint().expandedTo(QSize(880, 520)));
}

QWidget *PreferencesDialog::buildInference()
{
    auto *group = new QGroupBox(tr("AI inference (applies at the next start)"), this);
    auto *form = new QFormLayout(group);
    m_device = new QComboBox(group);
    m_device->addItem(tr("Automatic (CUDA if present)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    form->addRow(tr("&Device:"), m_device);
    m_threads = new QSpinBox(group);
    m_threads->setRange(0, Preferences::kMaxThreads);
    m_threads->setSpecialValueText(tr("Automatic"));
    form->addRow(tr("&Threads:"), m_threads);
    return group;
}

QWidget *PreferencesDialog::buildStorage()
{
    auto *group = new QGroupBox(tr("Memory and disk"), this);
    auto *form = new QFormLayout(group);
    m_tileCache = new QSpinBox(group);
    m_tileCache->setRange(Preferences::kMinTileCacheMiB, Preferences::kMaxTileCacheMiB);
    m_tileCache->setSingleStep(64);
    m_tileCache->setSuffix(tr(" MiB"));
    m_tileCache->setToolTip(tr("Decoded slide tiles kept in memory: more makes panning back "
                               "faster"));
    form->addRow(tr("Slide &tile cache:"), m_tileCache);
    m_featureCache = new QDoubleSpinBox(group);
    m_featureCache->setRange(0.0, Preferences::kMaxFeatureCacheGiB);
    m_featureCache->setDecimals(1);
    m_featureCache->setSuffix(tr(" GiB"));
    m_featureCache->setSpecialValueText(tr("No limit"));
    m_featureCache->setToolTip(tr("Patch features kept on disk so a slide analysed again is "
                                  "not encoded again; the oldest go first"));
    form->addRow(tr("&Feature cache limit:"), m_featureCache);
    m_featureUsage = new QLabel(group);
    form->addRow(QString(), m_featureUsage);
    m_pacsCache = new QDoubleSpinBox(group);
    m_pacsCache->setRange(0.0, Preferences::kMaxFeatureCacheGiB);
    m_pacsCache->setDecimals(1);
    m_pacsCache->setSuffix(tr(" GiB"));
    m_pacsCache->setSpecialValueText(tr("No limit"));
    m_pacsCache->setToolTip(tr("Series retrieved from archives, kept so they open again without "
                               "a download; the least recently opened go first"));
    auto *archives = new QPushButton(tr("PACS Arc&hives…"), group);
    archives->setToolTip(tr("The archives OncoView searches and sends results to: name, "
                            "address, authentication, certificates, timeout"));
    connect(archives, &QPushButton::clicked, this, &PreferencesDialog::archivesRequested);
    auto *pacsRow = new QHBoxLayout;
    pacsRow->addWidget(m_pacsCache, 1);
    pacsRow->addWidget(archives);
    addRowWithBuddy(form, tr("&PACS cache limit:"), m_pacsCache, pacsRow);
    return group;
}

QWidget *PreferencesDialog::buildModels()
{
    auto *group = new QGroupBox(tr("Model folders"), this);
    auto *layout = new QVBoxLayout(group);
    auto *note
        = new QLabel(tr("Searched for model packages besides OncoView's own folders."), group);
    note->setWordWrap(true);
    m_folders = new QListWidget(group);
    m_folders->setAccessibleName(tr("Model folders"));
    auto *add = new QPushButton(tr("&Add Folder…"), group);
    auto *remove = new QPushButton(tr("&Remove"), group);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Add Model Folder"), QDir::homePath());
        if (!folder.isEmpty() && m_folders->findItems(folder, Qt::MatchExactly).isEmpty()) {
            m_folders->addItem(folder);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_folders->currentItem(); });
    auto *chat = new QPushButton(tr("Chat &Server…"), group);
    chat->setToolTip(tr("Where MedDr questions go: an OpenAI-compatible server or a local "
                        "model"));
    connect(chat, &QPushButton::clicked, this, &PreferencesDialog::chatServerRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addWidget(note);
    layout->addWidget(m_folders, 1);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(chat, 0, Qt::AlignLeft);
    return group;
}

QWidget *PreferencesDialog::buildViewing()
{
    auto *group = new QGroupBox(tr("Viewing"), this);
    auto *form = new QFormLayout(group);
    m_leftButton = new QCheckBox(tr("Left button moves the MRI cursor"), group);
    m_leftButton->setToolTip(tr("Off: the left button adjusts window and level, as in Slicer "
                                "and ITK-SNAP; Shift+left moves the cursor"));
    form->addRow(m_leftButton);
    const auto dragChoices = [group](const QString &name) {
        auto *box = new QComboBox(group);
        box->addItem(tr("Zoom"), QStringLiteral("zoom"));
        box->addItem(tr("Pan"), QStringLiteral("pan"));
        box->addItem(tr("Window and level"), QStringLiteral("windowLevel"));
        box->addItem(tr("Move the cursor"), QStringLiteral("cursor"));
        box->setAccessibleName(name);
        return box;
    };
    m_rightButton = dragChoices(tr("Right button drag"));
    m_middleButton = dragChoices(tr("Middle button drag"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rightButton);
    buttons->addWidget(m_middleButton);
    addRowWithBuddy(form, tr("MRI right, middle &button:"), m_rightButton, buttons);
    m_wheelZooms
        = new QCheckBox(tr("The wheel zooms (Ctrl+wheel moves through the slices)"), group);
    form->addRow(m_wheelZooms);
    m_mriUnit = new QComboBox(group);
    m_mriUnit->addItem(tr("Millimetres (mm, mm²)"));
    m_mriUnit->addItem(tr("Centimetres (cm, cm²)"));
    form->addRow(tr("MRI &lengths:"), m_mriUnit);
    m_slideUnit = new QComboBox(group);
    m_slideUnit->addItem(tr("Micrometres (µm, µm²)"));
    m_slideUnit->addItem(tr("Millimetres (mm, mm²)"));
    form->addRow(tr("Slide annotation &measures:"), m_slideUnit);
    m_language = new QComboBox(group);
    for (const UiLanguage &language : uiLanguages()) {
        m_language->addItem(language.name, language.code);
    }
    form->addRow(tr("&Language (at the next start):"), m_language);
    m_theme = new QComboBox(group);
    m_theme->addItem(tr("Dark (reading room)"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    form->addRow(tr("T&heme:"), m_theme);
    m_fontSize = new QDoubleSpinBox(group);
    m_fontSize->setRange(5.0, 32.0); // 5 shows as "the desktop's", 6..32 are sizes
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("The desktop's"));
    form->addRow(tr("&Font size:"), m_fontSize);
    return group;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.device = m_device->currentData().toString();
    p.threads = m_threads->value();
    p.tileCacheMiB = m_tileCache->value();
    p.featureCacheGiB = m_featureCache->value();
    p.pacsCacheGiB = m_pacsCache->value();
    for (int row = 0; row < m_folders->count(); ++row) {
        p.modelFolders << m_folders->item(row)->text();
    }
    p.leftButtonMovesCursor = m_leftButton->isChecked();
    p.mriCentimetres = m_mriUnit->currentIndex() == 1;
    p.rightButton = m_rightButton->currentData().toString();
    p.middleButton = m_middleButton->currentData().toString();
    p.wheelZooms = m_wheelZooms->isChecked();
    p.slideMillimetres = m_slideUnit->currentIndex() == 1;
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentData().toString();
    p.fontPointSize = m_fontSize->value() < 6.0 ? 0.0 : m_fontSize->value();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    selectData(m_device, p.device);
    m_threads->setValue(p.threads);
    m_tileCache->setValue(p.tileCacheMiB);
    m_featureCache->setValue(p.featureCacheGiB);
    m_pacsCache->setValue(p.pacsCacheGiB);
    m_folders->clear();
    m_folders->addItems(p.modelFolders);
    m_leftButton->setChecked(p.leftButtonMovesCursor);
    m_mriUnit->setCurrentIndex(p.mriCentimetres ? 1 : 0);
    m_rightButton->setCurrentIndex(std::max(0, m_rightButton->findData(p.rightButton)));
    m_middleButton->setCurrentIndex(std::max(0, m_middleButton->findData(p.middleButton)));
    m_wheelZooms->setChecked(p.wheelZooms);
    m_slideUnit->setCurrentIndex(p.slideMillimetres ? 1 : 0);
    selectData(m_language, p.language);
    selectData(m_theme, p.theme);
    m_fontSize->setValue(p.fontPointSize > 0 ? p.fontPointSize : m_fontSize->minimum());
}

void PreferencesDialog::setFeatureCacheUsage(qint64 bytes)
{
    m_featureUsage->setText(tr("In use now: %1").arg(QLocale().formattedDataSize(bytes)));
}

QStringList PreferencesDialog::apply()
{
    const Preferences chosen = preferences();
    const QStringList problems = chosen.problems();
    if (problems.isEmpty()) {
        chosen.save();
        Q_EMIT applied(chosen);
    }
    return problems;
}

void PreferencesDialog::accept()
{
    const QStringList problems = apply();
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("Not saved:") + QStringLiteral("\n• ")
                                 + problems.join(QStringLiteral("\n• ")));
        return;
    }
    QDialog::accept();
}

} // namespace oncoview::ui
