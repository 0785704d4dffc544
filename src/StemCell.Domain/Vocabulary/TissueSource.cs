using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>The tissue stem cells are harvested from.</summary>
[JsonConverter(typeof(Serialization.TissueSourceJsonConverter))]
public sealed class TissueSource : VocabularyTerm<TissueSource>, IVocabulary<TissueSource>
{
    /// <summary>Bone marrow.</summary>
    public static readonly TissueSource BoneMarrow = new(
        "bone-marrow", 1, "Bone marrow",
        "The soft tissue inside bones, harvested by aspiration; a source of mesenchymal and hematopoietic stem cells.",
        ["BM"],
        [new(CodeSystem.Uberon, "UBERON:0002371", "bone marrow", CodingConfidence.Verified, CodingSources.DiseaseOntologyUberonImport)]);

    /// <summary>Adipose (fat) tissue.</summary>
    public static readonly TissueSource AdiposeTissue = new(
        "adipose-tissue", 2, "Adipose tissue",
        "Fat tissue, usually harvested by liposuction; a plentiful source of mesenchymal stem cells.",
        ["fat", "fat tissue"],
        [new(CodeSystem.Uberon, "UBERON:0001013", "adipose tissue", CodingConfidence.Verified, CodingSources.DiseaseOntologyUberonImport)]);

    /// <summary>Umbilical cord blood.</summary>
    public static readonly TissueSource UmbilicalCordBlood = new(
        "umbilical-cord-blood", 3, "Umbilical cord blood",
        "Blood left in the umbilical cord and placenta after birth; a source of hematopoietic and mesenchymal stem cells.",
        ["cord blood", "UCB"],
        [new(CodeSystem.Uberon, "UBERON:0012168", "umbilical cord blood", CodingConfidence.SecondarySource, CodingSources.ThirdPartyOntologyFiles)]);

    /// <summary>Umbilical cord tissue, including Wharton's jelly.</summary>
    public static readonly TissueSource UmbilicalCordTissue = new(
        "umbilical-cord-tissue", 4, "Umbilical cord tissue",
        "The tissue of the umbilical cord itself, including Wharton's jelly, collected after birth; a source of mesenchymal stem cells.",
        ["Wharton's jelly"],
        [new(CodeSystem.Uberon, "UBERON:0002331", "umbilical cord", CodingConfidence.SecondarySource, CodingSources.ThirdPartyOntologyFiles)]);

    /// <summary>Peripheral blood.</summary>
    public static readonly TissueSource PeripheralBlood = new(
        "peripheral-blood", 5, "Peripheral blood",
        "Circulating blood, from which hematopoietic stem cells are collected by apheresis after mobilisation, and whose cells can be reprogrammed into induced pluripotent stem cells.",
        ["blood", "PB"],
        [new(CodeSystem.Uberon, "UBERON:0000178", "blood", CodingConfidence.Verified, CodingSources.DiseaseOntologyUberonImport)]);

    /// <summary>Skin, whose fibroblasts are reprogrammed into induced pluripotent stem cells.</summary>
    public static readonly TissueSource SkinFibroblasts = new(
        "skin-fibroblasts", 6, "Skin (reprogrammed fibroblasts)",
        "Fibroblasts grown from a small skin biopsy, which can be reprogrammed into induced pluripotent stem cells.",
        ["skin", "dermal fibroblasts"]);

    /// <summary>Fetal neural tissue.</summary>
    public static readonly TissueSource FetalNeuralTissue = new(
        "fetal-neural-tissue", 7, "Fetal neural tissue",
        "Brain or spinal cord tissue of a donated fetus, from which neural stem cells can be grown.",
        ["fetal brain tissue", "fetal spinal cord tissue"]);

    /// <summary>The inner cell mass of a blastocyst-stage embryo.</summary>
    public static readonly TissueSource Blastocyst = new(
        "blastocyst", 8, "Blastocyst (inner cell mass)",
        "The inner cell mass of an early, blastocyst-stage embryo, from which embryonic stem cells are derived.",
        ["inner cell mass", "embryo"]);

    private TissueSource(
        string code, int value, string displayName, string definition, IEnumerable<string>? synonyms = null, IEnumerable<Coding>? codings = null)
        : base(code, value, displayName, definition, synonyms, codings)
    {
    }

    /// <inheritdoc />
    public static ImmutableArray<TissueSource> All { get; } =
        [BoneMarrow, AdiposeTissue, UmbilicalCordBlood, UmbilicalCordTissue, PeripheralBlood, SkinFibroblasts, FetalNeuralTissue, Blastocyst];

    /// <inheritdoc />
    public static string VocabularyName => "tissue-source";
}
