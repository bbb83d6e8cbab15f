// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dce/motioncorrection.h"

#include "viewers/mri/dce/volumemath.h"

#include <itkCommand.h>
#include <itkImage.h>
#include <itkImageRegistrationMethodv4.h>
#include <itkMattesMutualInformationImageToImageMetricv4.h>
#include <itkMeanSquaresImageToImageMetricv4.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>
#include <itkVersorRigid3DTransform.h>

#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>

namespace oncoview::mri {

namespace {

using ImageType = itk::Image<float, 3>;
using TransformType = itk::VersorRigid3DTransform<double>;
using OptimizerType = itk::RegularStepGradientDescentOptimizerv4<double>;
using RegistrationType = itk::ImageRegistrationMethodv4<ImageType, ImageType, TransformType>;
using MattesType = itk::MattesMutualInformationImageToImageMetricv4<ImageType, ImageType>;
using MeanSquaresType = itk::MeanSquaresImageToImageMetricv4<ImageType, ImageType>;

ImageType::Pointer toItk(const Volume &v)
{
    auto image = ImageType::New();
    ImageType::RegionType region;
    ImageType::SpacingType spacing;
    ImageType::PointType origin;
    ImageType::DirectionType direction;
    for (unsigned r = 0; r < 3; ++r) {
        region.SetSize(r, itk::SizeValueType(v.size[r]));
        spacing[r] = v.spacing[r];
        origin[r] = v.origin[r];
        for (unsigned c = 0; c < 3; ++c) {
            direction(r, c) = v.direction[r * 3 + c];
        }
    }
    image->SetRegions(region);
    image->SetSpacing(spacing);
    image->SetOrigin(origin);
    image->SetDirection(direction);
    image->Allocate();
    std::copy(v.voxels.begin(), v.voxels.end(), image->GetBufferPointer());
    return image;
}

// Polls the cancel flag and counts iterations; StopOptimization ends the current level (the
// following levels stop at their first iteration, then registerRigid throws).
class IterationObserver : public itk::Command
{
public:
    using Self = IterationObserver;
    using Superclass = itk::Command;
    using Pointer = itk::SmartPointer<Self>;
    itkNewMacro(Self);
    OptimizerType *optimizer = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    int iterations = 0;

    void Execute(itk::Object *caller, const itk::EventObject &event) override
    {
        Execute(static_cast<const itk::Object *>(caller), event);
    }
    void Execute(const itk::Object *, const itk::EventObject &event) override
    {
        if (!itk::IterationEvent().CheckEvent(&event)) {
            return;
        }
        ++iterations;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            optimizer->StopOptimization();
        }
    }
};

void checkParams(const MotionCorrectionParams &p)
{
    if (p.shrinkFactors.empty() || p.maxIterationsPerLevel < 1 || p.samplesPerLevel < 1000
        || !(p.maxStepMm > p.minStepMm) || !(p.minStepMm > 0)) {
        throw std::invalid_argument("invalid motion correction parameters (levels, iterations,"
                                    " at least 1000 samples, step sizes)");
    }
    for (unsigned f : p.shrinkFactors) {
        if (f < 1) {
            throw std::invalid_argument("registration shrink factors must be >= 1");
        }
    }
}

RegistrationType::MetricType::Pointer makeMetric(RegistrationMetric metric)
{
    // Gradients at the sampled points only: filtering whole images first cost more than the
    // optimisation itself at full resolution.
    if (metric == RegistrationMetric::MeanSquares) {
        auto squares = MeanSquaresType::New();
        squares->SetUseFixedImageGradientFilter(false);
        squares->SetUseMovingImageGradientFilter(false);
        return squares.GetPointer();
    }
    auto mattes = MattesType::New();
    mattes->SetNumberOfHistogramBins(32);
    mattes->SetUseFixedImageGradientFilter(false);
    mattes->SetUseMovingImageGradientFilter(false);
    return mattes.GetPointer();
}

// Physical centre of a volume's voxel grid, the rotation centre.
std::array<double, 3> gridCentre(const Volume &v)
{
    return v.indexToLps(0.5 * (v.size[0] - 1), 0.5 * (v.size[1] - 1), 0.5 * (v.size[2] - 1));
}

void configureLevels(RegistrationType &registration, const MotionCorrectionParams &params,
                     const Volume &fixed)
{
    const size_t levels = params.shrinkFactors.size();
    RegistrationType::ShrinkFactorsArrayType shrink(levels);
    RegistrationType::SmoothingSigmasArrayType sigmas(levels);
    RegistrationType::MetricSamplingPercentageArrayType sampling(levels);
    for (size_t l = 0; l < levels; ++l) {
        shrink[l] = params.shrinkFactors[l];
        double voxels = 1;
        for (int size : fixed.size) {
            voxels *= std::max(1.0, std::floor(double(size) / params.shrinkFactors[l]));
        }
        sampling[l] = std::min(1.0, params.samplesPerLevel / voxels);
        // Half the shrink factor in voxels: enough to avoid aliasing, keeps edges for the metric.
        sigmas[l] = params.shrinkFactors[l] > 1 ? 0.5 * params.shrinkFactors[l] : 0.0;
    }
    registration.SetNumberOfLevels(static_cast<unsigned>(levels));
    registration.SetShrinkFactorsPerLevel(shrink);
    registration.SetSmoothingSigmasPerLevel(sigmas);
    registration.SetSmoothingSigmasAreSpecifiedInPhysicalUnits(false);
    registration.SetMetricSamplingStrategy(RegistrationType::MetricSamplingStrategyEnum::RANDOM);
    registration.SetMetricSamplingPercentagePerLevel(sampling);
    registration.MetricSamplingReinitializeSeed(int(params.seed & 0x7fffffff));
}

OptimizerType::Pointer makeOptimizer(const MotionCorrectionParams &params, const Volume &fixed)
{
    auto optimizer = OptimizerType::New();
    optimizer->SetLearningRate(params.maxStepMm);
    optimizer->SetMinimumStepLength(params.minStepMm);
    optimizer->SetRelaxationFactor(0.5);
    optimizer->SetNumberOfIterations(itk::SizeValueType(params.maxIterationsPerLevel));
    optimizer->SetGradientMagnitudeTolerance(1e-8);
    optimizer->SetReturnBestParametersAndValue(true);
    // A versor component v turns points at radius R by about 2 R v mm: weigh rotations by
    // (2R)^2 so one step moves tissue about as far whether it rotates or translates.
    const double radius = 0.5
        * std::hypot(fixed.size[0] * fixed.spacing[0], fixed.size[1] * fixed.spacing[1],
                     fixed.size[2] * fixed.spacing[2]);
    OptimizerType::ScalesType scales(6);
    for (unsigned i = 0; i < 3; ++i) {
        scales[i] = 4.0 * radius * radius;
        scales[i + 3] = 1.0;
    }
    optimizer->SetScales(scales);
    return optimizer;
}

RigidTransform fromItk(const TransformType &t)
{
    RigidTransform out;
    const auto m = t.GetMatrix();
    const auto centre = t.GetCenter();
    const auto translation = t.GetTranslation();
    const auto params = t.GetParameters();
    for (unsigned r = 0; r < 3; ++r) {
        for (unsigned c = 0; c < 3; ++c) {
            out.rotation[r * 3 + c] = m(r, c);
        }
        out.centreLps[r] = centre[r];
        out.translationMm[r] = translation[r];
        out.versor[r] = params[r];
    }
    return out;
}

void checkVolume(const Volume &v, const char *what)
{
    if (v.voxelCount() == 0 || v.voxels.size() != v.voxelCount()) {
        throw std::invalid_argument(std::string(what) + " volume for registration is empty");
    }
    if (v.size[0] < 4 || v.size[1] < 4 || v.size[2] < 4) {
        throw std::invalid_argument(
            std::string(what) + " volume is too small to register (needs >= 4 voxels a side)");
    }
}

} // namespace

std::array<double, 3> RigidTransform::apply(const std::array<double, 3> &p) const
{
    std::array<double, 3> out {};
    for (size_t r = 0; r < 3; ++r) {
        out[r] = centreLps[r] + translationMm[r];
        for (size_t c = 0; c < 3; ++c) {
            out[r] += rotation[r * 3 + c] * (p[c] - centreLps[c]);
        }
    }
    return out;
}

double RigidTransform::rotationDegrees() const
{
    const double trace = rotation[0] + rotation[4] + rotation[8];
    return std::acos(std::clamp((trace - 1.0) / 2.0, -1.0, 1.0)) * 180.0 / M_PI;
}

RigidTransform registerRigid(const Volume &fixed, const Volume &moving,
                             const MotionCorrectionParams &params, const std::atomic<bool> *cancel)
{
    checkVolume(fixed, "fixed");
    checkVolume(moving, "moving");
    checkParams(params);
    const auto start = std::chrono::steady_clock::now();
    auto registration = RegistrationType::New();
    auto fixedImage = toItk(fixed);
    auto movingImage = toItk(moving);
    registration->SetFixedImage(fixedImage);
    registration->SetMovingImage(movingImage);
    registration->SetMetric(makeMetric(params.metric));
    auto optimizer = makeOptimizer(params, fixed);
    registration->SetOptimizer(optimizer);
    auto initial = TransformType::New();
    TransformType::CenterType centre;
    const auto c = gridCentre(fixed);
    for (unsigned i = 0; i < 3; ++i) {
        centre[i] = c[i];
    }
    initial->SetCenter(centre);
    registration->SetInitialTransform(initial);
    registration->InPlaceOn();
    configureLevels(*registration, params, fixed);
    auto observer = IterationObserver::New();
    observer->optimizer = optimizer;
    observer->cancel = cancel;
    optimizer->AddObserver(itk::IterationEvent(), observer);
    try {
        registration->Update();
    } catch (const itk::ExceptionObject &e) {
        throw std::runtime_error(std::string("rigid registration failed: ") + e.GetDescription());
    }
    throwIfCancelled(cancel);
    RigidTransform result = fromItk(*registration->GetTransform());
    result.metricValue = optimizer->GetValue();
    result.iterations = observer->iterations;
    result.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

Volume applyRigid(const Volume &moving, const RigidTransform &transform, const Volume &grid)
{
    return resampleAffine(
        moving, grid, [&transform](const std::array<double, 3> &p) { return transform.apply(p); });
}

MotionCorrectionResult correctMotion(const std::vector<Volume> &phases, int referencePhase,
                                     const MotionCorrectionParams &params,
                                     const ProgressFn &progress, const std::atomic<bool> *cancel)
{
    if (referencePhase < 0 || size_t(referencePhase) >= phases.size()) {
        throw std::invalid_argument("reference phase " + std::to_string(referencePhase)
                                    + " does not exist (" + std::to_string(phases.size())
                                    + " phases)");
    }
    MotionCorrectionResult result;
    const Volume &reference = phases[size_t(referencePhase)];
    const int total = int(phases.size());
    for (int p = 0; p < total; ++p) {
        throwIfCancelled(cancel);
        if (!params.enabled || p == referencePhase) {
            RigidTransform identity;
            identity.centreLps = gridCentre(reference);
            result.phases.push_back(phases[size_t(p)]);
            result.transforms.push_back(identity);
        } else {
            const RigidTransform t = registerRigid(reference, phases[size_t(p)], params, cancel);
            result.phases.push_back(applyRigid(phases[size_t(p)], t, reference));
            result.transforms.push_back(t);
        }
        if (progress) {
            progress(p + 1, total);
        }
    }
    return result;
}

} // namespace oncoview::mri
