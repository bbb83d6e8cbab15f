# SPDX-License-Identifier: Apache-2.0
# MRI views (VTK hosted in Qt 6 QOpenGLWidgets), compiled into oncoview_mri by CMakeLists.txt.
# Text and crosshair overlays are painted with QPainter, so RenderingFreeType is not needed.
# vtkImageResliceMapper (oblique-capable slicing at render time) lives in RenderingImage.
list(APPEND MRI_VIEW_VTK_COMPONENTS RenderingImage)
# vtkFlyingEdges3D (the 3D view's overlay surfaces) lives in FiltersCore.
list(APPEND MRI_VIEW_VTK_COMPONENTS FiltersCore)
set(MRI_VIEW_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/vtkglwidget.h ${CMAKE_CURRENT_LIST_DIR}/vtkglwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/openglsupport.h ${CMAKE_CURRENT_LIST_DIR}/openglsupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vtkvolumeconvert.h ${CMAKE_CURRENT_LIST_DIR}/vtkvolumeconvert.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windowlevel.h ${CMAKE_CURRENT_LIST_DIR}/windowlevel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/intensitystats.h ${CMAKE_CURRENT_LIST_DIR}/intensitystats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mprcursor.h ${CMAKE_CURRENT_LIST_DIR}/mprcursor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mprorientation.h ${CMAKE_CURRENT_LIST_DIR}/mprorientation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/overlaylayer.h ${CMAKE_CURRENT_LIST_DIR}/overlaylayer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/depthtestoffprop.h ${CMAKE_CURRENT_LIST_DIR}/depthtestoffprop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mprview.h ${CMAKE_CURRENT_LIST_DIR}/mprview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/measurement.h ${CMAKE_CURRENT_LIST_DIR}/measurement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/measuretool.h ${CMAKE_CURRENT_LIST_DIR}/measuretool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/measurementio.h ${CMAKE_CURRENT_LIST_DIR}/measurementio.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mprviewoverlay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mprviewannotations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumepresets.h ${CMAKE_CURRENT_LIST_DIR}/volumepresets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/overlaysurface.h ${CMAKE_CURRENT_LIST_DIR}/overlaysurface.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volumeview3d.h ${CMAKE_CURRENT_LIST_DIR}/volumeview3d.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mriviewer.h ${CMAKE_CURRENT_LIST_DIR}/mriviewer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dcepreparation.h ${CMAKE_CURRENT_LIST_DIR}/dcepreparation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dcesession.h ${CMAKE_CURRENT_LIST_DIR}/dcesession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kineticcurvewidget.h ${CMAKE_CURRENT_LIST_DIR}/kineticcurvewidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dcelayout.h ${CMAKE_CURRENT_LIST_DIR}/dcelayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dcelayoutcontrols.cpp
)
