// SPDX-License-Identifier: Apache-2.0
// MainWindow's side of the MedDr chat: what the chat may see of the viewers.
#include "ui/mainwindow.h"

// Qt
#include <QCryptographicHash>
#include <QFileInfo>
#include <QStackedWidget>

// Local
#include "ui/annotations/annotationdock.h"
#include "ui/chatdock.h"
#include "viewers/mri/dcelayout.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/openglsupport.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/slideview.h"

#include <algorithm>

namespace oncoview::ui {

// The chat sees rendered viewer pixels only: an MRI slice view (its painted labels are
// orientation letters, slice number and the series' role) or the slide viewport — never the
// title bars, which show DICOM text.
ChatViewCapture MainWindow::captureForChat(ChatViewSource source, bool withImage) const
{
    ChatViewCapture capture;
    const bool slide = source == ChatViewSource::Slide;
    const QString path = slide ? m_slidePath : (m_studyShown ? m_study.path : QString());
    if (path.isEmpty()) {
        return capture;
    }
    // The history is keyed by a hash: the chat database holds no folder names.
    capture.conversationKey
        = (slide ? QStringLiteral("slide:") : QStringLiteral("study:"))
        + QString::fromLatin1(
              QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    capture.conversationTitle = QFileInfo(path).fileName();
    if (withImage && !slide && !mri::openGlAvailable()) {
        return capture; // no MRI view is drawn without OpenGL: the question goes without one
    }
    if (withImage) {
        mri::MprView *mri = slide ? nullptr : mriViewForChat();
        QWidget *view = slide ? static_cast<QWidget *>(m_slideView) : mri;
        capture.image = view->grab().toImage();
        if (slide) {
            capture.caption = tr("Slide viewport");
            cropToSelectedAnnotation(capture);
        } else {
            const QString plane = mri::mprOrientationName(mri->orientation()).toLower();
            capture.caption = mri->caption().isEmpty()
                ? tr("MRI %1 view").arg(plane)
                : tr("MRI %1 view: %2").arg(plane, mri->caption());
        }
    }
    return capture;
}

mri::MprView *MainWindow::mriViewForChat() const
{
    if (m_lastMriView && m_lastMriView->isVisible() && m_lastMriView->hasImage()) {
        return m_lastMriView;
    }
    if (m_mriStack->currentWidget() == m_dceLayout) {
        return m_dceLayout->panel(mri::DceLayout::Panel::Post);
    }
    return m_mriViewer->mprView(mri::MprOrientation::Axial);
}

// A selected annotation is the region the user drew to ask about: only its part of the
// viewport is attached (with a small margin), as a drawn ROI rather than the whole view.
void MainWindow::cropToSelectedAnnotation(ChatViewCapture &capture) const
{
    const slide::AnnotationModel *model = m_annotations->model();
    if (!model || model->selection().size() != 1 || capture.image.isNull()) {
        return;
    }
    const slide::Annotation *roi = model->find(model->selection().front());
    if (!roi) {
        return;
    }
    const QRectF level0 = roi->boundingRect();
    const QRectF onScreen = QRectF(m_slideView->mapFromLevel0(level0.topLeft()),
                                   m_slideView->mapFromLevel0(level0.bottomRight()))
                                .normalized();
    const double margin = 0.1 * std::max(onScreen.width(), onScreen.height());
    const double ratio = capture.image.devicePixelRatio();
    const QRect crop = QRectF(onScreen.adjusted(-margin, -margin, margin, margin).topLeft() * ratio,
                              onScreen.adjusted(-margin, -margin, margin, margin).size() * ratio)
                           .toAlignedRect()
                           .intersected(capture.image.rect());
    if (crop.width() < 8 || crop.height() < 8) {
        return; // the ROI is off screen or a point: keep the whole view
    }
    capture.image = capture.image.copy(crop);
    capture.caption = tr("Selected region of the slide (%1)")
                          .arg(roi->name.isEmpty() ? roi->className : roi->name);
}

} // namespace oncoview::ui
