// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDockWidget>

// Local
#include "ui/studyloader.h"

class QListWidget;
class QLabel;

namespace oncoview::ui {

// Lists the series of the open study with thumbnails, phases and warnings, and the files that
// were skipped with their reasons. GUI thread only.
class SeriesBrowser : public QDockWidget
{
    Q_OBJECT
public:
    explicit SeriesBrowser(QWidget *parent = nullptr);

    void setStudy(const LoadedStudy &study);
    void setCurrent(int seriesIndex);
    int count() const;

Q_SIGNALS:
    void seriesActivated(int seriesIndex);

private:
    QListWidget *m_list;
    QLabel *m_summary;
};

// Middle axial slice of the first phase, auto-windowed, as a small thumbnail.
QImage seriesThumbnail(const mri::Series &series, int edge = 72);

} // namespace oncoview::ui
