// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>

// Local
#include "ui/preferences/preferences.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace oncoview::ui {

// Edit > Preferences: inference device and threads, slide tile and feature cache budgets,
// model folders, the chat server, the PACS archives, the MRI mouse buttons and wheel, units,
// language, theme and font size. OK checks the values (a folder that cannot be read is named) and
// saves them; Restore Defaults fills in the defaults, saved only with OK. GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    // The values on the form.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);
    // Checks and saves the form; the problems when it cannot (nothing is saved then).
    QStringList apply();
    // Shown beside the feature-cache limit: what the cache holds now.
    void setFeatureCacheUsage(qint64 bytes);

Q_SIGNALS:
    void applied(const oncoview::ui::Preferences &preferences);
    void chatServerRequested();
    void archivesRequested();

private:
    QWidget *buildInference();
    QWidget *buildStorage();
    QWidget *buildModels();
    QWidget *buildViewing();
    void accept() override;

    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_tileCache = nullptr;
    QDoubleSpinBox *m_featureCache = nullptr;
    QDoubleSpinBox *m_pacsCache = nullptr;
    QLabel *m_featureUsage = nullptr;
    QListWidget *m_folders = nullptr;
    QCheckBox *m_leftButton = nullptr;
    QComboBox *m_rightButton = nullptr;
    QComboBox *m_middleButton = nullptr;
    QCheckBox *m_wheelZooms = nullptr;
    QComboBox *m_mriUnit = nullptr;
    QComboBox *m_slideUnit = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
};

} // namespace oncoview::ui
