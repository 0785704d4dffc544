using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class StemCellTypeTests : VocabularyContractTests<StemCellType>
{
    [Theory]
    [InlineData("mesenchymal", "multipotent")]
    [InlineData("induced-pluripotent", "pluripotent")]
    [InlineData("neural", "multipotent")]
    [InlineData("hematopoietic", "multipotent")]
    [InlineData("embryonic", "pluripotent")]
    public void Potency_OfEachType_IsItsPotency(string type, string potency)
    {
        Assert.Same(Potency.FromCode(potency), StemCellType.FromCode(type).Potency);
    }

    [Theory]
    [InlineData("mesenchymal", new[] { "bone-marrow", "adipose-tissue", "umbilical-cord-blood", "umbilical-cord-tissue" })]
    [InlineData("induced-pluripotent", new[] { "skin-fibroblasts", "peripheral-blood" })]
    [InlineData("neural", new[] { "fetal-neural-tissue" })]
    [InlineData("hematopoietic", new[] { "bone-marrow", "peripheral-blood", "umbilical-cord-blood" })]
    [InlineData("embryonic", new[] { "blastocyst" })]
    public void Sources_OfEachType_AreItsTissuesInOrder(string type, string[] sources)
    {
        Assert.Equal(sources, StemCellType.FromCode(type).Sources.Select(s => s.Code));
    }

    [Fact]
    public void DifferentiatesInto_EveryPluripotentType_IncludesNeuronsAndMyelinatingGlia()
    {
        var pluripotent = StemCellType.All.Where(t => t.Potency == Potency.Pluripotent).ToList();

        Assert.NotEmpty(pluripotent);
        Assert.All(pluripotent, type =>
        {
            Assert.Contains(DifferentiatedCellType.Neuron, type.DifferentiatesInto);
            Assert.Contains(DifferentiatedCellType.Astrocyte, type.DifferentiatesInto);
            Assert.Contains(DifferentiatedCellType.Oligodendrocyte, type.DifferentiatesInto);
        });
    }

    [Fact]
    public void DifferentiatesInto_Mesenchymal_IsTheIsctTrilineage()
    {
        // ISCT minimal criteria (Dominici et al. 2006): osteoblasts, adipocytes and chondroblasts in vitro.
        Assert.Equal(["osteoblast", "adipocyte", "chondrocyte"], StemCellType.Mesenchymal.DifferentiatesInto.Select(c => c.Code));
    }

    [Fact]
    public void Mechanisms_OfHematopoietic_IsImmuneReset()
    {
        Assert.Equal([Mechanism.ImmuneReset.Code], StemCellType.Hematopoietic.Mechanisms.Select(m => m.Code));
    }

    [Fact]
    public void Mechanisms_OfMesenchymal_IncludeImmuneModulationAndNeuroprotection()
    {
        Assert.Contains(Mechanism.ImmuneModulation, StemCellType.Mesenchymal.Mechanisms);
        Assert.Contains(Mechanism.Neuroprotection, StemCellType.Mesenchymal.Mechanisms);
    }

    [Fact]
    public void Mesenchymal_CarriesTheCellOntologyLabelAndTheIsctName()
    {
        var coding = Assert.Single(StemCellType.Mesenchymal.Codings);

        Assert.Same(CodeSystem.CellOntology, coding.System);
        Assert.Equal("CL:0000134", coding.Code);
        Assert.Equal("mesenchymal stem cell", coding.Display);
        Assert.Same(CodingConfidence.Verified, coding.Confidence);
        Assert.Equal("multipotent mesenchymal stromal cell", StemCellType.Mesenchymal.AlternativeScientificName);
    }

    [Theory]
    [InlineData("neural", "CL:0000047", "D058953")]
    [InlineData("hematopoietic", "CL:0000037", "D006412")]
    public void CellTypeWithAVerifiedMeshXref_CarriesTheCellOntologyAndMeshCodes(string code, string cellOntologyCode, string meshCode)
    {
        // domain-reference.md section 2: CL:0000037 has xref MESH:D006412; the older Mondo import of CL:0000047
        // cites MESH:D058953. Both rows are VERIFIED.
        var codings = StemCellType.FromCode(code).Codings;

        Assert.Equal(
            new[] { (CodeSystem.CellOntology, cellOntologyCode), (CodeSystem.Mesh, meshCode) },
            codings.Select(c => (c.System, c.Code)));
        Assert.All(codings, c => Assert.Same(CodingConfidence.Verified, c.Confidence));
    }

    [Fact]
    public void InducedPluripotent_HasNoCoding()
    {
        // The Cell Ontology has no iPSC class, and no MeSH code for iPSCs was verified.
        Assert.Empty(StemCellType.InducedPluripotent.Codings);
    }

    [Theory]
    [InlineData("MSC", "mesenchymal")]
    [InlineData("mesenchymal stromal cells", "mesenchymal")]
    [InlineData("iPSC", "induced-pluripotent")]
    [InlineData("NSC", "neural")]
    [InlineData("HSC", "hematopoietic")]
    [InlineData("haematopoietic stem cell", "hematopoietic")]
    [InlineData("hESC", "embryonic")]
    public void FromCode_Abbreviation_FindsTheType(string abbreviation, string code)
    {
        Assert.Same(StemCellType.FromCode(code), StemCellType.FromCode(abbreviation));
    }

    [Fact]
    public void Export_WritesPotencySourcesProgenyAndMechanismsAsCodes()
    {
        foreach (var type in StemCellType.All)
        {
            var json = ExportedVocabulary.Term("stem-cell-type", type.Code);

            ExportedVocabulary.AssertRelation(json, "potency", "potency", type.Potency.Code);
            ExportedVocabulary.AssertRelation(json, "sources", "tissue-source", type.Sources.Select(s => s.Code));
            ExportedVocabulary.AssertRelation(json, "differentiatesInto", "differentiated-cell-type", type.DifferentiatesInto.Select(c => c.Code));
            ExportedVocabulary.AssertRelation(json, "mechanisms", "mechanism", type.Mechanisms.Select(m => m.Code));
            var alternative = json.GetProperty("attributes").GetProperty("alternativeScientificName");
            Assert.Equal(type.AlternativeScientificName, alternative.ValueKind == System.Text.Json.JsonValueKind.Null ? null : alternative.GetString());
        }
    }
}
