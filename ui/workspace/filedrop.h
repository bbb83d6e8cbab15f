// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QStringList>

class QWidget;

namespace oncoview::ui {

// The suffixes of whole-slide images (the formats OpenSlide and the TIFF reader open), lower
// case: what a drop takes for a slide, and what File ▸ Open Slide offers.
const QStringList &slideSuffixes();
// A whole-slide image by its suffix; the rest of what can be opened is a study.
bool looksLikeSlide(const QString &path);
// QuPath GeoJSON or ASAP XML annotations, by suffix.
bool looksLikeAnnotations(const QString &path);

// What a drop of files and folders opens: one study (a folder, NIfTI or DICOM file; DICOM
// files all from one folder open that folder), one slide, and annotation files to import onto
// the slide. Anything more is listed in `ignored`, with the reason shown to the user.
struct DropPlan
{
    QString study;
    QString slide;
    QStringList annotations;
    QStringList ignored;
    bool isEmpty() const { return study.isEmpty() && slide.isEmpty() && annotations.isEmpty(); }
};
DropPlan planDrop(const QStringList &paths);

// Makes `window` take drops of local files and folders (from a file manager) and reports them;
// any other drag is refused, so the cursor says so before the user lets go.
class FileDropFilter : public QObject
{
    Q_OBJECT
public:
    explicit FileDropFilter(QWidget *window);

Q_SIGNALS:
    void dropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace oncoview::ui
