// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/intensitystats.h"
#include "viewers/mri/mprorientation.h"
#include "viewers/mri/overlaylayer.h"
#include "viewers/mri/vtkglwidget.h"
#include "viewers/mri/vtkvolumeconvert.h"
#include "viewers/mri/windowlevel.h"

#include <QPointF>

#include <array>
#include <optional>

class vtkImageResliceMapper;
class vtkImageSlice;
class vtkImageStack;
class vtkPlane;

namespace oncoview::mri {

class MprCursor;

// One orthogonal slice of a volume through the shared cursor, in patient (LPS) axes whatever the
// scan's own orientation, shown the radiological way (patient's right on screen left).
// Mouse: left-drag window/level, right-drag zoom, middle-drag pan, wheel steps slices;
// in crosshair mode (or with Shift) left-click/drag places the cursor. Keys: arrows and
// PageUp/PageDown step slices, R resets zoom/pan. GUI thread.
class MprView : public VtkGlWidget
{
    Q_OBJECT
public:
    MprView(MprOrientation orientation, MprCursor *cursor, QWidget *parent = nullptr);
    // The shared cursor (the crosshair) this view shows and moves.
    MprCursor *mprCursor() const { return m_cursor; }
    // Moves the cursor by whole pixels of the volume along the view's right and up axes (the
    // keyboard's Shift+arrows, as in ITK-SNAP's arrow keys).
    void moveCursorInPlane(int right, int up);
    ~MprView() override;

    MprOrientation orientation() const { return m_orientation; }
    // Turns the view to another plane through the same cursor; zoom and pan reset.
    void setOrientation(MprOrientation orientation);

    // Shows the image (shares its voxels) with zoom/pan reset to fit. initial also sets how fast
    // a window/level drag changes the values. keepView (e.g. the next phase in a cine loop):
    // window/level, zoom and pan stay as they are, initial is ignored.
    void setImage(const VtkVolumeImage &image, WindowLevel initial, bool keepView = false);
    // Drops the image and shows message (empty: a plain black view).
    void clearImage(const QString &message);
    bool hasImage() const { return m_image.image != nullptr; }
    // The volume shown; null without an image.
    const Volume *volume() const { return m_image.volume.get(); }

    WindowLevel windowLevel() const { return m_windowLevel; }
    void setWindowLevel(WindowLevel windowLevel);

    bool crosshairMode() const { return m_crosshairMode; }
    void setCrosshairMode(bool on);

    // What the right and middle buttons drag and what the wheel does (Edit > Preferences). The
    // left button adjusts window and level, or moves the cursor in crosshair mode or with
    // Shift; Ctrl+left zooms and Alt+left pans, as in ITK-SNAP, for one-button mice.
    enum class DragAction : uint8_t { WindowLevel, MoveCursor, Zoom, Pan };
    struct MouseBindings
    {
        DragAction right = DragAction::Zoom;
        DragAction middle = DragAction::Pan;
        bool wheelZooms = false; // else it moves through the slices; Ctrl+wheel the other
        bool operator==(const MouseBindings &) const = default;
    };
    void setMouseBindings(const MouseBindings &bindings) { m_bindings = bindings; }
    const MouseBindings &mouseBindings() const { return m_bindings; }

    // Draws layer over the image, resliced through the same patient-space plane (its grid may
    // differ from the image's), with its legend; replaces any previous overlay. Label maps are
    // sampled nearest-neighbour, heatmaps linearly. The layer's volume is shared, not copied.
    void setOverlay(const OverlayLayer &layer);
    void clearOverlay();
    bool hasOverlay() const { return m_overlay.isValid(); }
    const OverlayLayer &overlay() const { return m_overlay; }
    // Changes only the opacity of the current overlay (cheap: no new lookup table).
    void setOverlayOpacity(double opacity);

    // Maximum intensity projection of the image over a slab centred on the cursor plane:
    // slabMm > 0 a thin slab of that thickness, infinity the whole volume ("full MIP"),
    // 0 the plain slice. The overlay stays a plain slice.
    void setMipSlab(double slabMm);
    double mipSlab() const { return m_mipSlabMm; }

    // Text after the orientation name in the top-left corner (e.g. "Pre-contrast").
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }

    // Moves the cursor by steps voxels along this view's normal (negative: backwards).
    void stepSlices(int steps);
    // 0-based index along the volume axis closest to the view normal; -1 without an image.
    int sliceIndex() const;
    int sliceCount() const;
    // Zoom 1 = the volume fits the view.
    double zoom() const { return m_zoom; }
    void resetView();

    // Between LPS mm and widget pixels (logical), on this view's current plane.
    QPointF lpsToWidget(const std::array<double, 3> &lps) const;
    std::array<double, 3> widgetToLps(QPointF pixel) const;

Q_SIGNALS:
    // The user dragged window/level in this view (MriViewer copies it to the other views).
    void windowLevelEdited(oncoview::mri::WindowLevel windowLevel);

protected:
    void prepareRender() override;
    void setOverlayLayersVisible(bool visible) override;
    void paintOverlay(QPainter &painter) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    std::array<double, 3> focalPoint() const;
    double pixelsPerMm() const;
    double fitHalfHeightMm() const;
    void dragTo(QPointF pos);
    // Where the slice plane passes: through the cursor, or through the voxel centres nearest to
    // it when the view is parallel to the scan's slices.
    std::array<double, 3> slicePlaneOrigin() const;
    void nameForAccessibility();
    void paintCrosshair(QPainter &painter);
    void paintLabels(QPainter &painter);
    void updateSlab();
    void findThroughAxis(); // m_throughAxis and m_alignedWithVolume for image and plane

    MprOrientation m_orientation;
    MprAxes m_axes;
    MprCursor *m_cursor;
    VtkVolumeImage m_image;
    QString m_message;
    int m_throughAxis = 2; // volume axis closest to the view normal
    bool m_alignedWithVolume = true; // the view normal is (nearly) that axis
    vtkSmartPointer<vtkImageSlice> m_slice;
    vtkSmartPointer<vtkImageResliceMapper> m_mapper;
    vtkSmartPointer<vtkPlane> m_plane;
    vtkSmartPointer<vtkImageStack> m_stack; // image below, overlay above
    vtkSmartPointer<vtkImageSlice> m_overlaySlice;
    vtkSmartPointer<vtkImageResliceMapper> m_overlayMapper;
    OverlayLayer m_overlay;
    VtkVolumeImage m_overlayImage;
    double m_mipSlabMm = 0;
    QString m_caption;
    WindowLevel m_windowLevel;
    double m_dragScale = 1; // window change for a drag across the whole view
    bool m_crosshairMode = false;
    std::array<double, 3> m_panCenter {}; // LPS point shown at the view centre (before projection)
    double m_zoom = 1;

    std::optional<DragAction> m_drag; // while a button is held
    MouseBindings m_bindings;
    QPointF m_lastPos;
    int m_wheelRemainder = 0;
};

} // namespace oncoview::mri
