using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>
/// Curation: reviewed decisions read strictly from their document and applied to an import only where the record's
/// field holds the phrase and the value is neither repeated nor replaced. The records are the real classic snapshot of
/// NCT04745299 (TestData/ctgov-classic/api/NCT04745299), whose four other names the classic API gives unattributed.
/// </summary>
public class ClinicalTrialsGovCurationTests
{
    private const string Lenzumestrocel = "NCT04745299";
    private const string BoneMarrowName = "Autologous Bone Marrow derived Mesenchymal Stem Cell";

    private static readonly Lazy<ClinicalTrialsGovImport> Import = new(() =>
        ClinicalTrialsGovImporter.Import(ClinicalTrialsGovReader.ReadPath(TestFiles.PathOf(Path.Combine("ctgov-classic", "api", Lenzumestrocel)))));

    [Fact]
    public void Apply_ADecisionOnAnUnattributedOtherName_SetsTheValueWithItsPhraseAsEvidenceAndTheReasonInTheNotes()
    {
        var curation = new ClinicalTrialsGovCuration(
        [
            Decision(TissueSource.BoneMarrow, 0, "interventionOtherNames[1]", BoneMarrowName, "Lenzumestrocel's other name."),
            Decision(DonorOrigin.Autologous, 0, "interventionOtherNames[1]", BoneMarrowName, "The patient's own cells."),
        ]);
        var imported = Assert.Single(Import.Value.Dataset.Studies);

        var study = Assert.Single(curation.Apply(Import.Value.Dataset, Import.Value.Entries).Studies);

        var intervention = Assert.Single(study.Interventions);
        Assert.Same(StemCellType.Mesenchymal, intervention.StemCellType);
        Assert.Same(TissueSource.BoneMarrow, intervention.TissueSource);
        Assert.Same(DonorOrigin.Autologous, intervention.DonorOrigin);
        var source = Assert.Single(Import.Value.Dataset.Sources).Id;
        Assert.Equal(
            [
                new TermEvidence(TissueSource.BoneMarrow, "interventionOtherNames[1]", BoneMarrowName, source),
                new TermEvidence(DonorOrigin.Autologous, "interventionOtherNames[1]", BoneMarrowName, source),
            ],
            study.Evidence.Except(imported.Evidence));
        Assert.Equal("Curated, tissue-source bone-marrow: Lenzumestrocel's other name. Curated, donor-origin autologous: The patient's own cells.", study.Notes);
    }

    [Fact]
    public void Apply_AStudyLevelDecision_AddsTheValue()
    {
        var curation = new ClinicalTrialsGovCuration(
            [Decision(StudyDesign.Crossover, null, "briefSummary", "double-blind, randomized, placebo-controlled", "A test of the mechanism, not a fact.")]);

        var study = Assert.Single(curation.Apply(Import.Value.Dataset, Import.Value.Entries).Studies);

        Assert.Contains(StudyDesign.Crossover, study.Designs);
        Assert.DoesNotContain(StudyDesign.Crossover, Import.Value.Dataset.Studies[0].Designs);
    }

    [Fact]
    public void Apply_DecisionsThatDoNotFitTheRecords_AreEveryOneReportedAndNothingIsApplied()
    {
        var curation = new ClinicalTrialsGovCuration(
        [
            Decision(TissueSource.BoneMarrow, 0, "interventionOtherNames[1]", "bone marrow of a donor", "Not the record's words."),
            Decision(StemCellType.Neural, 0, "interventionOtherNames[1]", BoneMarrowName, "Would replace the derived type."),
            Decision(StemCellType.Mesenchymal, 0, "interventionOtherNames[1]", BoneMarrowName, "Would repeat the derived type."),
            Decision(DonorOrigin.Autologous, 3, "interventionOtherNames[1]", BoneMarrowName, "No such intervention."),
            Decision(StudyDesign.PlaceboControlled, null, "briefSummary", "placebo-controlled", "Already derived."),
            new ClinicalTrialsGovCurationDecision("NCT03280056", TissueSource.BoneMarrow, 0, "briefSummary", "bone marrow", "Not imported here."),
        ]);

        var exception = Assert.Throws<ClinicalTrialsGovCurationException>(() => curation.Apply(Import.Value.Dataset, Import.Value.Entries));

        Assert.Equal(
            [
                $"$.decisions[0].phrase: no imported record of {Lenzumestrocel} has \"bone marrow of a donor\" in its field interventionOtherNames[1].",
                "$.decisions[1]: intervention 0 has stem-cell-type mesenchymal from the record; a decision never replaces a value.",
                "$.decisions[2]: intervention 0 already has stem-cell-type mesenchymal; the decision would repeat it.",
                "$.decisions[3]: the study has 1 intervention(s), so there is no intervention 3.",
                "$.decisions[4]: the study already has study-design placebo-controlled; the decision would repeat it.",
                "$.decisions[5].trial: no study of the dataset has the registry id NCT03280056.",
            ],
            exception.Problems.ToArray());
        Assert.StartsWith("curation: 6 problems:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ADocument_GivesItsDecisionsInOrder()
    {
        using var json = TestFiles.Utf8($$"""
            {"formatVersion": "1.0", "decisions": [
              {"trial": "{{Lenzumestrocel}}", "vocabulary": "tissue-source", "code": "bone-marrow", "intervention": 0,
               "field": "interventionOtherNames[1]", "phrase": "{{BoneMarrowName}}", "why": "Lenzumestrocel's other name."},
              {"trial": "{{Lenzumestrocel}}", "vocabulary": "study-design", "code": "crossover",
               "field": "briefSummary", "phrase": "randomized", "why": "A test."}]}
            """);

        var curation = ClinicalTrialsGovCuration.Read(json, "curation.json");

        Assert.Equal(
            [
                Decision(TissueSource.BoneMarrow, 0, "interventionOtherNames[1]", BoneMarrowName, "Lenzumestrocel's other name."),
                Decision(StudyDesign.Crossover, null, "briefSummary", "randomized", "A test."),
            ],
            curation.Decisions.ToArray());
    }

    [Theory]
    [InlineData("[]", "$: expected an object with \"formatVersion\" and \"decisions\", found an array.")]
    [InlineData("""{"decisions": []}""", "$.formatVersion: missing; expected \"1.0\".")]
    [InlineData("""{"formatVersion": "2.0", "decisions": []}""", "$.formatVersion: expected \"1.0\", found \"2.0\".")]
    [InlineData("""{"formatVersion": "1.0"}""", "$.decisions: expected an array of decisions, found nothing.")]
    [InlineData("""{"formatVersion": "1.0", "decisions": [3]}""", "$.decisions[0]: expected a decision object, found 3.")]
    [InlineData("""{"formatVersion": "1.0", "decisions": [], "notes": "x"}""", "$.notes: unknown property; a curation document has only \"formatVersion\" and \"decisions\".")]
    [InlineData("{\"formatVersion\": \"1.0\",\n \"decisions\": [}", "line 2, position 16: not JSON")]
    public void Read_ADocumentThatIsNotACuration_SaysWhereAndWhat(string json, string problem)
    {
        using var stream = TestFiles.Utf8(json);

        var exception = Assert.Throws<ClinicalTrialsGovCurationException>(() => ClinicalTrialsGovCuration.Read(stream, "curation.json"));

        Assert.StartsWith(problem, Assert.Single(exception.Problems), StringComparison.Ordinal);
        Assert.Equal("curation.json", exception.InputName);
    }

    [Fact]
    public void Read_ADecisionWithSeveralProblems_ListsEveryOne()
    {
        using var stream = TestFiles.Utf8("""
            {"formatVersion": "1.0", "decisions": [
              {"trial": "NCT04745299", "vocabulary": "disease", "code": "amyotrophic-lateral-sclerosis", "intervention": "first",
               "field": " briefSummary", "phrase": "", "why": "x"}]}
            """);

        var exception = Assert.Throws<ClinicalTrialsGovCurationException>(() => ClinicalTrialsGovCuration.Read(stream, "curation.json"));

        Assert.Equal(
            [
                "$.decisions[0].intervention: expected an intervention's index, a whole number, found \"first\".",
                "$.decisions[0]: a decision sets one of stem-cell-type, tissue-source, donor-origin, delivery-route, study-design, disease-course, outcome-measure, clinical-scale, not a disease.",
                "$.decisions[0].field: expected text that is neither empty nor padded, found \" briefSummary\".",
                "$.decisions[0].phrase: expected text that is neither empty nor padded, found \"\".",
            ],
            exception.Problems.ToArray());
    }

    [Theory]
    [InlineData("study-design", "RCT", "'RCT' is not a code of study-design")]
    [InlineData("study-design", "randomized", "'randomized' is not a code of study-design")]
    [InlineData("tissue-source", "BONE-MARROW", "'BONE-MARROW' is not a code of tissue-source")]
    public void Read_ASynonymOrAnotherCaseForACode_IsRejected(string vocabulary, string code, string problem)
    {
        using var stream = TestFiles.Utf8($$"""
            {"formatVersion": "1.0", "decisions": [{"trial": "NCT04745299", "vocabulary": "{{vocabulary}}", "code": "{{code}}",
              "field": "briefSummary", "phrase": "randomized", "why": "A test."}]}
            """);

        var exception = Assert.Throws<ClinicalTrialsGovCurationException>(() => ClinicalTrialsGovCuration.Read(stream, "curation.json"));

        Assert.Contains(exception.Problems, p => p.StartsWith($"$.decisions[0].code: {problem}", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_APropertyGivenTwice_IsRejected()
    {
        using var stream = TestFiles.Utf8("""
            {"formatVersion": "1.0", "decisions": [{"trial": "NCT04745299", "vocabulary": "study-design", "code": "crossover",
              "field": "briefSummary", "phrase": "randomized", "why": "x", "why": "y"}]}
            """);

        var exception = Assert.Throws<ClinicalTrialsGovCurationException>(() => ClinicalTrialsGovCuration.Read(stream, "curation.json"));

        Assert.Equal(["$.decisions[0].why: given twice; a property is given once."], exception.Problems.ToArray());
    }

    [Fact]
    public void Constructor_ATrialThatIsNoNctNumber_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovCuration(
            [new ClinicalTrialsGovCurationDecision("nct123", StudyDesign.Crossover, null, "briefSummary", "randomized", "A test.")]));

        Assert.Contains("'nct123' is not an NCT number", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ADecisionOfTheWrongShape_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovCuration(
            [Decision(StudyDesign.Crossover, 0, "briefSummary", "randomized", "A design is the study's.")]));

        Assert.Contains("a study-design is a value of the study, so the decision has no \"intervention\".", exception.Message, StringComparison.Ordinal);
    }

    private static ClinicalTrialsGovCurationDecision Decision(IVocabularyTerm term, int? intervention, string field, string phrase, string why) =>
        new(Lenzumestrocel, term, intervention, field, phrase, why);
}
