// SPDX-License-Identifier: Apache-2.0
#pragma once

// The explanation map's controls, above the Explanations text: method, threshold percentile,
// opacity, show/hide (X), outline-only, jump to the maximum, export, and Ask MedDr.

// Qt
#include <QWidget>

// Local
#include "inference/manifest.h"
#include "inference/xai/attribution.h"
#include "ui/mri/explanationlayer.h"

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;
class QToolButton;

namespace oncoview::ui {

// The four methods, integrated gradients first, each with its Method as item data.
void addMethodItems(QComboBox *combo);
// Enables or disables the Grad-CAM entries (packages without a feature map have none); a
// combo left on a disabled entry moves to integrated gradients.
void setGradCamEnabled(QComboBox *combo, bool enabled);

class XaiControls : public QWidget
{
    Q_OBJECT
public:
    explicit XaiControls(QWidget *parent = nullptr);

    inference::xai::Method method() const;
    void setMethod(inference::xai::Method method);
    // The classes a map can explain: every label of every class output of the manifest (not
    // gate weights or attention), the last label of the first (e.g. "malignant") chosen.
    void setTargets(const inference::Manifest &manifest);
    inference::xai::Target target() const;
    // Grad-CAM entries are enabled only for packages that name a feature map.
    void setGradCamAvailable(bool available);
    MapDisplay display() const;
    bool mapVisible() const;
    void setMapVisible(bool visible);
    // Enables the controls that act on a computed map.
    void setHasMap(bool hasMap);
    void setHasResult(bool hasResult);

Q_SIGNALS:
    void explainRequested(oncoview::inference::xai::Method method,
                          const oncoview::inference::xai::Target &target);
    void displayChanged();
    void jumpToMaximumRequested();
    void exportRequested();
    void askChatRequested();
    void compareRequested();

private:
    QComboBox *m_method;
    QComboBox *m_target;
    QToolButton *m_explain;
    QCheckBox *m_visible;
    QSpinBox *m_percentile;
    QSlider *m_opacity;
    QCheckBox *m_outline;
    QToolButton *m_jump;
    QToolButton *m_export;
    QToolButton *m_ask;
    QToolButton *m_compare;
};

} // namespace oncoview::ui
