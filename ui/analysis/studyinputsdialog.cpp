// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/studyinputsdialog.h"

// Qt
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oncoview::ui {

StudyInputsDialog::StudyInputsDialog(const LoadedStudy &study, const inference::Manifest &manifest,
                                     const StudyInputMapping &current, QWidget *parent)
    : QDialog(parent)
    , m_manifest(manifest)
{
    setWindowTitle(tr("Study inputs for %1").arg(QString::fromStdString(manifest.name)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which series feeds each input of the model. The guess comes "
                                    "from the series' DICOM tags and descriptions."),
                                 this));
    auto *form = new QFormLayout;
    for (const inference::ManifestInput &input : manifest.inputs) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("input_") + QString::fromStdString(input.name));
        box->addItem(tr("(none)"), -1);
        for (size_t i = 0; i < study.series.size(); ++i) {
            const mri::SeriesInfo &info = study.series[i]->info;
            box->addItem(tr("%1 — %2 phase(s), %3")
                             .arg(QString::fromStdString(
                                 info.description.empty() ? info.uid : info.description))
                             .arg(study.series[i]->phases.size())
                             .arg(QString::fromStdString(info.role)),
                         int(i));
        }
        const auto found = current.find(input.name);
        box->setCurrentIndex(
            std::max(0, box->findData(found == current.end() ? -1 : found->second)));
        const int channels = input.shape.size() > 1 ? int(input.shape[1]) : 1;
        auto *note = new QLabel(this);
        note->setWordWrap(true);
        auto *row = new QVBoxLayout;
        row->addWidget(box);
        row->addWidget(note);
        form->addRow(tr("%1 (%n volume(s))", nullptr, channels)
                         .arg(QString::fromStdString(input.name).toUpper()),
                     row);
        m_boxes[input.name] = box;
        m_notes[input.name] = note;
        connect(box, &QComboBox::currentIndexChanged, this, &StudyInputsDialog::updateNotes);
    }
    layout->addLayout(form);
    m_remember = new QCheckBox(
        tr("Remember for studies of this protocol (same series descriptions)"), this);
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Analyze"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateNotes();
}

void StudyInputsDialog::updateNotes()
{
    for (const auto &[name, box] : m_boxes) {
        if (box->currentData().toInt() >= 0) {
            m_notes[name]->clear();
        } else if (m_manifest.isOptionalInput(name)) {
            m_notes[name]->setText(
                tr("Missing: the model was trained to run without it (masked)."));
        } else {
            m_notes[name]->setText(tr("Missing: the model cannot run without it."));
        }
    }
}

StudyInputMapping StudyInputsDialog::mapping() const
{
    StudyInputMapping mapping;
    for (const auto &[name, box] : m_boxes) {
        mapping[name] = box->currentData().toInt();
    }
    return mapping;
}

bool StudyInputsDialog::rememberForProtocol() const
{
    return m_remember->isChecked();
}

} // namespace oncoview::ui
