// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>

// Local
#include "inference/manifest.h"
#include "ui/analysis/studyinputmapping.h"
#include "ui/studyloader.h"

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;

namespace oncoview::ui {

// Shows which series feeds each input of the package (DCE phases, T2, DWI), lets the user
// change it, and offers to remember the choice for studies of the same protocol. Says which
// inputs are missing and whether the package can run without them.
class StudyInputsDialog : public QDialog
{
    Q_OBJECT
public:
    StudyInputsDialog(const LoadedStudy &study, const inference::Manifest &manifest,
                      const StudyInputMapping &current, QWidget *parent = nullptr);

    StudyInputMapping mapping() const;
    bool rememberForProtocol() const;

private:
    void updateNotes();

    inference::Manifest m_manifest;
    std::map<std::string, QComboBox *> m_boxes;
    std::map<std::string, QLabel *> m_notes;
    QCheckBox *m_remember;
};

} // namespace oncoview::ui
