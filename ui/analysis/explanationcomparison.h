// SPDX-License-Identifier: Apache-2.0
#pragma once

// Two explanation maps of one MRI result side by side: on the left the map the main views
// show, on the right the same result explained by another method, in the same plane through
// the shared cursor (scrolling either pane moves both and the main views), with one window
// and level. Each pane names its method and says whether its checks passed: agreement between
// a gradient method and a perturbation method is evidence that both show the model's reasons.
// GUI thread only.

// Qt
#include <QWidget>

// Local
#include "inference/xai/attribution.h"
#include "ui/analysis/mriexplainer.h"
#include "ui/mri/explanationlayer.h"
#include "viewers/mri/io/volume.h"
#include "viewers/mri/windowlevel.h"

#include <array>
#include <memory>

class QComboBox;
class QLabel;

namespace oncoview::mri {
class MprCursor;
class MprView;
} // namespace oncoview::mri

namespace oncoview::ui {

class InferenceService;

class ExplanationComparison : public QWidget
{
    Q_OBJECT
public:
    // cursor: the main viewer's, so the panes follow it and move it.
    ExplanationComparison(InferenceService *inference, mri::MprCursor *cursor,
                          QWidget *parent = nullptr);

    // The study image under both maps.
    void setStudy(std::shared_ptr<const mri::Volume> volume, mri::WindowLevel windowLevel);
    // The result being explained (the main explainer's analysis) and the map of the left pane.
    void setAnalysis(const MriExplainer &source);
    // The left map and how both maps are drawn (threshold, opacity, outline).
    void setLeft(std::shared_ptr<const MriMapResult> left, const MapDisplay &display);
    void setGradCamAvailable(bool available);
    // Computes the right map with method (for the class target).
    void compareWith(inference::xai::Method method, const inference::xai::Target &target);
    // The method a right pane contrasts best with left: a perturbation method beside a
    // gradient method and the reverse.
    static inference::xai::Method contrastingMethod(inference::xai::Method left);

    std::shared_ptr<const MriMapResult> left() const { return m_maps[0]; }
    std::shared_ptr<const MriMapResult> right() const { return m_maps[1]; }
    mri::MprView *pane(int index) const { return m_views[size_t(index)]; }
    QString caption(int index) const;

Q_SIGNALS:
    void rightReady();

private:
    void showMap(int index);
    void setPlane(int index);

    MriExplainer *m_explainer;
    QComboBox *m_plane;
    QComboBox *m_method;
    QLabel *m_status;
    std::array<mri::MprView *, 2> m_views {};
    std::array<QLabel *, 2> m_captions {};
    std::array<std::shared_ptr<const MriMapResult>, 2> m_maps;
    std::shared_ptr<const mri::Volume> m_volume;
    MapDisplay m_display;
    inference::xai::Target m_target;
};

} // namespace oncoview::ui
