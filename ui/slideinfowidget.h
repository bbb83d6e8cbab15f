// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QWidget>

#include <memory>

class QGridLayout;
class QTableWidget;

namespace oncoview::slide {
class SlideSource;
}

namespace oncoview::ui {

// A slide's properties (levels, mpp, every backend property) and its associated images
// (label, macro, thumbnail). The images are read on a worker thread: a macro image can take
// a while to decode. GUI thread.
class SlideInfoWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SlideInfoWidget(QWidget *parent = nullptr);

    void setSource(const std::shared_ptr<slide::SlideSource> &source);
    QTableWidget *properties() const { return m_properties; }
    // The associated images shown so far, by name.
    QStringList shownImages() const { return m_shownImages; }

Q_SIGNALS:
    void imagesShown();

private:
    QTableWidget *m_properties;
    QWidget *m_images;
    QGridLayout *m_imageLayout;
    QStringList m_shownImages;
    int m_generation = 0; // drops images of a slide that was replaced meanwhile
};

} // namespace oncoview::ui
