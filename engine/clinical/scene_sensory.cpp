#include "clinical/scene_sensory.h"

#include "clinical/exam_sensory.h"
#include "render/sensory_colours.h"

#include <algorithm>
#include <cmath>

namespace dv {

SensoryPaint scene_sensory_paint(const Scene& scene, const BodyModel& model, const PreparedMap& map, int level) {
    const PackedMap& packed = model.packed(map, level);
    const std::vector<float>& side = model.display_fields(level).side;
    if (!scene.exam.empty()) {
        const clinical::IsncsciExam exam = clinical::parse_isncsci_exam(scene.exam, "the scene's exam");
        SensoryPaint paint = paint_sensory(clinical::exam_sensory_state(exam), packed.weights, side);
        fill_blank_skin(paint, packed.weights, model.display(level).skin_triangles);
        return paint;
    }
    if (scene.lesion.empty())
        return paint_sensory(SensoryState{}, packed.weights, side);
    SensoryPaint paint = predict_lesion(parse_lesion(scene.lesion), packed.weights, side);
    fill_blank_skin(paint, packed.weights, model.display(level).skin_triangles);
    return paint;
}

std::string lesion_citation(const Lesion& lesion) {
    if (lesion.kind == LesionKind::Root || lesion.kind == LesionKind::CaudaEquina)
        return "Foerster O. The dermatomes in man. Brain 1933;56:1-39 (overlap of neighbouring roots: a single "
               "root lesion numbs less than its dermatome).";
    return "American Spinal Injury Association. International Standards for Neurological Classification of Spinal "
           "Cord Injury, revised 2019. Richmond, VA: ASIA; 2019 (clinical syndromes).";
}

namespace {
Rgba rgba(glm::vec3 srgb) {
    auto byte = [](float v) { return std::uint8_t(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    return {byte(srgb.r), byte(srgb.g), byte(srgb.b), 255};
}
} // namespace

LegendContent sensory_legend(const Scene& scene, const DermatomeMap* map, const std::string& view) {
    LegendContent legend;
    const std::optional<Lesion> lesion =
        scene.lesion.empty() ? std::nullopt : std::optional<Lesion>(parse_lesion(scene.lesion));
    legend.title = lesion ? lesion_title(*lesion) : "Sensation";
    if (!scene.exam.empty())
        legend.title = clinical::exam_caption(clinical::parse_isncsci_exam(scene.exam, "the scene's exam"));
    legend.byline = !map ? "" : (scene.exam.empty() ? "Predicted on " : "Key-point scores spread on ") + map->title;
    const std::string modality = scene.sensory == SensoryModality::LightTouch ? "light touch"
                                 : scene.sensory == SensoryModality::PinPrick  ? "pin prick"
                                                                                : "light touch: / stripes, pin prick: \\ stripes";
    legend.subtitle = view + "; " + modality;
    legend.entries.push_back({"normal", rgba({0.87f, 0.70f, 0.60f}), false});
    legend.entries.push_back({"altered", rgba(kSensoryColours.altered), false});
    legend.entries.push_back({"absent", rgba(kSensoryColours.absent), true});
    if (!scene.exam.empty()) {
        legend.entries.push_back({"not testable", rgba(kSensoryColours.not_testable), true});
        legend.citations.push_back(clinical::kIsncsciCitation);
    }
    if (lesion)
        legend.citations.push_back(lesion_citation(*lesion));
    if (map)
        legend.citations.push_back(map->citation);
    return legend;
}

} // namespace dv
