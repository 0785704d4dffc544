using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

/// <content>
/// Exact-JSON round trips: each model type written through <c>ConfigureForStemCellDomain</c> options gives exactly the JSON the
/// format promises, and reading that JSON gives back an equal value.
/// </content>
public partial class StemCellJsonTests
{
    private const string SeedDatasetFile = "seed-dataset.json";

    private static readonly ConfidenceInterval Interval = new(0.3m, 0.8m, 0.95m);

    private static readonly Dose CellsPerKilogram = new(2000000m, DoseUnit.CellsPerKilogram);

    [Fact]
    public void RoundTrip_EvidenceDataset()
    {
        var dataset = new EvidenceDataset(
            [new Source("report", "A report", EvidenceKind.SecondaryReport)],
            [new Study("study", "A study", Disease.MultipleSclerosis, sourceIds: ["report"])]);

        AssertJsonRoundTrip(
            dataset,
            """{"formatVersion":"1.1","sources":[{"id":"report","title":"A report","evidenceKind":"secondary-report"}],"studies":[{"id":"study","title":"A study","disease":"multiple-sclerosis","sourceIds":["report"]}]}""",
            PublicJson.TypeInfo<EvidenceDataset>());
    }

    [Fact]
    public void RoundTrip_EmptyEvidenceDataset_WritesBothListsEmpty()
    {
        AssertJsonRoundTrip(EvidenceDataset.Empty, """{"formatVersion":"1.1","sources":[],"studies":[]}""", PublicJson.TypeInfo<EvidenceDataset>());
    }

    [Fact]
    public void RoundTrip_Source_WithEveryProperty()
    {
        var source = new Source(
            "example-report",
            "Example report",
            EvidenceKind.PeerReviewedPublication,
            publisher: "Example Journal",
            authors: ["A. Author", "B. Author"],
            publicationDate: PartialDate.FromYearMonth(2024, 3),
            locator: SourceLocator.FromDoi("10.1000/182"),
            claims: [new Claim(Challenge.AccessAndCost, "cost and accessibility are concerns")],
            notes: "Made up.");

        AssertJsonRoundTrip(
            source,
            """{"id":"example-report","title":"Example report","evidenceKind":"peer-reviewed-publication","publisher":"Example Journal","authors":["A. Author","B. Author"],"publicationDate":"2024-03","locator":{"kind":"doi","value":"10.1000/182"},"claims":[{"vocabulary":"challenge","code":"access-and-cost","quote":"cost and accessibility are concerns"}],"notes":"Made up."}""",
            PublicJson.TypeInfo<Source>());
    }

    [Fact]
    public void RoundTrip_Source_WithOnlyItsRequiredProperties()
    {
        AssertJsonRoundTrip(
            new Source("minimal", "Minimal", EvidenceKind.PressRelease),
            """{"id":"minimal","title":"Minimal","evidenceKind":"press-release"}""",
            PublicJson.TypeInfo<Source>());
    }

    [Fact]
    public void RoundTrip_Claim_EscapesQuotesBackslashesLineBreaksAndNonAsciiText()
    {
        AssertJsonRoundTrip(
            new Claim(Disease.AmyotrophicLateralSclerosis, "Lou Gehrig\u2019s \"disease\" \\ line\nbreak \U0001F9E0"),
            """{"vocabulary":"disease","code":"amyotrophic-lateral-sclerosis","quote":"Lou Gehrig\u2019s \u0022disease\u0022 \\ line\nbreak \uD83E\uDDE0"}""",
            PublicJson.TypeInfo<Claim>());
    }

    [Fact]
    public void RoundTrip_SourceLocator_Doi()
    {
        AssertJsonRoundTrip(SourceLocator.FromDoi("10.1056/NEJMoa2010130"), """{"kind":"doi","value":"10.1056/NEJMoa2010130"}""", PublicJson.TypeInfo<SourceLocator>());
    }

    [Fact]
    public void RoundTrip_SourceLocator_Url()
    {
        AssertJsonRoundTrip(
            SourceLocator.FromUrl("https://example.org/study?id=1&view=full"),
            """{"kind":"url","value":"https://example.org/study?id=1\u0026view=full"}""",
            PublicJson.TypeInfo<SourceLocator>());
    }

    [Fact]
    public void RoundTrip_Study_WithEveryProperty()
    {
        var study = new Study(
            "example-ahsct",
            "Autologous HSCT",
            Disease.MultipleSclerosis,
            institutions: [new Institution("Example Hospital", "GB")],
            courses: [DiseaseCourse.RelapsingRemittingMs],
            phase: TrialPhase.Phase2,
            status: StudyStatus.Completed,
            designs: [StudyDesign.RandomizedControlled, StudyDesign.OpenLabel],
            enrollment: 40,
            reportedIn: PartialDate.FromYear(2024),
            startDate: PartialDate.FromYearMonth(2019, 6),
            completionDate: PartialDate.FromDate(2023, 2, 14),
            registryIdentifiers: [RegistryIdentifier.FromNctId("NCT00000000")],
            interventions: [new Intervention(StemCellType.Hematopoietic, conditioningRegimen: "cyclophosphamide")],
            findings:
            [
                new Finding(OutcomeMeasure.RelapseRate, OutcomeDirection.Improved, Population.AllParticipants, "fewer relapses", ["report"]),
            ],
            mechanisms: [new ProposedMechanism(Mechanism.ImmuneReset, "resets the immune system")],
            safety: new SafetyProfile(["report"], Tolerability.AcceptablyTolerated),
            sourceIds: ["report"],
            notes: "Made up.");

        AssertJsonRoundTrip(
            study,
            """{"id":"example-ahsct","title":"Autologous HSCT","institutions":[{"name":"Example Hospital","country":"GB"}],"disease":"multiple-sclerosis","courses":["relapsing-remitting-ms"],"phase":"phase-2","status":"completed","designs":["randomized-controlled","open-label"],"enrollment":40,"reportedIn":"2024","startDate":"2019-06","completionDate":"2023-02-14","registryIdentifiers":[{"registry":"clinicaltrials-gov","value":"NCT00000000"}],"interventions":[{"stemCellType":"hematopoietic","conditioningRegimen":"cyclophosphamide"}],"findings":[{"outcomeMeasure":"relapse-rate","direction":"improved","population":{"kind":"all-participants"},"quote":"fewer relapses","sourceIds":["report"]}],"mechanisms":[{"mechanism":"immune-reset","quote":"resets the immune system"}],"safety":{"sourceIds":["report"],"tolerability":"acceptably-tolerated"},"sourceIds":["report"],"notes":"Made up."}""",
            PublicJson.TypeInfo<Study>());
    }

    [Fact]
    public void RoundTrip_Study_WithOnlyTheRequiredPropertiesAndTheSourceItMustCite()
    {
        AssertJsonRoundTrip(
            new Study("minimal", "Minimal", Disease.AmyotrophicLateralSclerosis, sourceIds: ["report"]),
            """{"id":"minimal","title":"Minimal","disease":"amyotrophic-lateral-sclerosis","sourceIds":["report"]}""",
            PublicJson.TypeInfo<Study>());
    }

    [Fact]
    public void Read_StudyCitingNoSource_IsRejected()
    {
        var missing = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(
            """{"id":"minimal","title":"Minimal","disease":"amyotrophic-lateral-sclerosis"}""", PublicJson.TypeInfo<Study>()));
        var empty = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(
            """{"id":"minimal","title":"Minimal","disease":"amyotrophic-lateral-sclerosis","sourceIds":[]}""", PublicJson.TypeInfo<Study>()));

        var problem = Assert.Single(missing.Problems);
        Assert.Equal("$", problem.Path);
        Assert.Contains("'sourceIds'", problem.Message, StringComparison.Ordinal);
        Assert.Equal("$.sourceIds", Assert.Single(empty.Problems).Path);
    }

    [Fact]
    public void RoundTrip_Institution()
    {
        AssertJsonRoundTrip(new Institution("Cleveland Clinic", "US"), """{"name":"Cleveland Clinic","country":"US"}""", PublicJson.TypeInfo<Institution>());
        AssertJsonRoundTrip(new Institution("University of Cambridge"), """{"name":"University of Cambridge"}""", PublicJson.TypeInfo<Institution>());
    }

    [Fact]
    public void RoundTrip_RegistryIdentifier()
    {
        AssertJsonRoundTrip(
            new RegistryIdentifier(Registry.EudraCT, "2020-000979-21"),
            """{"registry":"eudract","value":"2020-000979-21"}""",
            PublicJson.TypeInfo<RegistryIdentifier>());
    }

    [Fact]
    public void RoundTrip_TermEvidence_NamesItsTermByVocabularyAndCode()
    {
        AssertJsonRoundTrip(
            new TermEvidence(DiseaseCourse.SecondaryProgressiveMs, "protocolSection.conditionsModule.conditions[0]", "Secondary Progressive Multiple Sclerosis", "ctgov-nct00000000"),
            """{"vocabulary":"disease-course","code":"secondary-progressive-ms","field":"protocolSection.conditionsModule.conditions[0]","quote":"Secondary Progressive Multiple Sclerosis","sourceId":"ctgov-nct00000000"}""",
            PublicJson.TypeInfo<TermEvidence>());
    }

    [Fact]
    public void Deserialize_TermEvidence_UnknownCode_IsReportedAtTheCode()
    {
        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(
            """{"vocabulary":"disease-course","code":"benign-ms","field":"f","quote":"q","sourceId":"s"}""", PublicJson.TypeInfo<TermEvidence>()));

        Assert.Equal("$.code", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void RoundTrip_Intervention_WithEveryProperty()
    {
        AssertJsonRoundTrip(
            new Intervention(
                StemCellType.Hematopoietic, TissueSource.PeripheralBlood, DonorOrigin.Autologous, [DeliveryRoute.Intravenous, DeliveryRoute.Intrathecal],
                "cyclophosphamide and anti-thymocyte globulin", CellsPerKilogram, numberOfAdministrations: 1),
            """{"stemCellType":"hematopoietic","tissueSource":"peripheral-blood","donorOrigin":"autologous","deliveryRoutes":["intravenous","intrathecal"],"conditioningRegimen":"cyclophosphamide and anti-thymocyte globulin","dose":{"amount":2000000,"unit":"cells-per-kilogram"},"numberOfAdministrations":1}""",
            PublicJson.TypeInfo<Intervention>());
    }

    [Fact]
    public void Deserialize_Intervention_Format10SingleRoute_IsAListOfOne()
    {
        var intervention = JsonSerializer.Deserialize("""{"stemCellType":"mesenchymal","deliveryRoute":"intrathecal"}""", PublicJson.TypeInfo<Intervention>())!;

        Assert.Equal(new[] { DeliveryRoute.Intrathecal }, intervention.DeliveryRoutes);
        Assert.Equal("""{"stemCellType":"mesenchymal","deliveryRoutes":["intrathecal"]}""", JsonSerializer.Serialize(intervention, PublicJson.TypeInfo<Intervention>()));
    }

    [Fact]
    public void RoundTrip_Intervention_WithOnlyItsCells()
    {
        AssertJsonRoundTrip(new Intervention(StemCellType.Neural), """{"stemCellType":"neural"}""", PublicJson.TypeInfo<Intervention>());
    }

    [Fact]
    public void RoundTrip_Dose_KeepsTheDecimalAsWritten()
    {
        AssertJsonRoundTrip(CellsPerKilogram, """{"amount":2000000,"unit":"cells-per-kilogram"}""", PublicJson.TypeInfo<Dose>());
        AssertJsonRoundTrip(new Dose(1.50m, DoseUnit.Cells), """{"amount":1.50,"unit":"cells"}""", PublicJson.TypeInfo<Dose>());
    }

    [Fact]
    public void RoundTrip_Finding_WithResultAndTimeFrame()
    {
        AssertJsonRoundTrip(
            new Finding(
                OutcomeMeasure.DisabilityProgression, OutcomeDirection.Stabilized, Population.AllParticipants,
                "no progression at three years", ["report", "registry"], new Proportion(0.8m, 16, 20), Period.FromYears(3)),
            """{"outcomeMeasure":"disability-progression","direction":"stabilized","population":{"kind":"all-participants"},"quote":"no progression at three years","sourceIds":["report","registry"],"result":{"kind":"proportion","value":0.8,"numerator":16,"denominator":20},"timeFrame":"P3Y"}""",
            PublicJson.TypeInfo<Finding>());
    }

    [Fact]
    public void RoundTrip_Finding_KeepsTheUnitsOfItsTimeFrame()
    {
        AssertJsonRoundTrip(
            new Finding(OutcomeMeasure.MotorFunction, OutcomeDirection.SlowedDecline, Population.Subgroup("some patients"), "slower loss", ["report"],
                timeFrame: Period.FromMonths(36) + Period.FromDays(2)),
            """{"outcomeMeasure":"motor-function","direction":"slowed-decline","population":{"kind":"subgroup","description":"some patients"},"quote":"slower loss","sourceIds":["report"],"timeFrame":"P36M2D"}""",
            PublicJson.TypeInfo<Finding>());
    }

    [Fact]
    public void RoundTrip_Population_AllParticipants()
    {
        AssertJsonRoundTrip(Population.AllParticipants, """{"kind":"all-participants"}""", PublicJson.TypeInfo<Population>());
    }

    [Fact]
    public void RoundTrip_Population_Subgroup()
    {
        AssertJsonRoundTrip(Population.Subgroup("participants under 40"), """{"kind":"subgroup","description":"participants under 40"}""", PublicJson.TypeInfo<Population>());
    }

    [Fact]
    public void RoundTrip_QuantitativeResult_Proportion()
    {
        AssertJsonRoundTrip<QuantitativeResult>(new Proportion(0.8m, 16, 20), """{"kind":"proportion","value":0.8,"numerator":16,"denominator":20}""", PublicJson.TypeInfo<QuantitativeResult>());
        AssertJsonRoundTrip<QuantitativeResult>(new Proportion(0.8m), """{"kind":"proportion","value":0.8}""", PublicJson.TypeInfo<QuantitativeResult>());
    }

    [Fact]
    public void RoundTrip_QuantitativeResult_ScaleScore()
    {
        AssertJsonRoundTrip<QuantitativeResult>(new ScaleScore(ClinicalScale.Edss, 3.5m), """{"kind":"scale-score","scale":"edss","score":3.5}""", PublicJson.TypeInfo<QuantitativeResult>());
    }

    [Fact]
    public void RoundTrip_QuantitativeResult_ScaleChange()
    {
        AssertJsonRoundTrip<QuantitativeResult>(new ScaleChange(ClinicalScale.AlsfrsR, -2m), """{"kind":"scale-change","scale":"alsfrs-r","change":-2}""", PublicJson.TypeInfo<QuantitativeResult>());
    }

    [Fact]
    public void RoundTrip_QuantitativeResult_HazardRatio()
    {
        AssertJsonRoundTrip<QuantitativeResult>(
            new HazardRatio(0.5m, Interval),
            """{"kind":"hazard-ratio","estimate":0.5,"confidenceInterval":{"lower":0.3,"upper":0.8,"level":0.95}}""",
            PublicJson.TypeInfo<QuantitativeResult>());
        AssertJsonRoundTrip<QuantitativeResult>(new HazardRatio(0.07m), """{"kind":"hazard-ratio","estimate":0.07}""", PublicJson.TypeInfo<QuantitativeResult>());
    }

    [Fact]
    public void RoundTrip_ConfidenceInterval()
    {
        AssertJsonRoundTrip(Interval, """{"lower":0.3,"upper":0.8,"level":0.95}""", PublicJson.TypeInfo<ConfidenceInterval>());
    }

    [Fact]
    public void RoundTrip_ProposedMechanism()
    {
        AssertJsonRoundTrip(
            new ProposedMechanism(Mechanism.NeurotrophicSupport, "providing neurotrophic factors"),
            """{"mechanism":"neurotrophic-support","quote":"providing neurotrophic factors"}""",
            PublicJson.TypeInfo<ProposedMechanism>());
    }

    [Fact]
    public void RoundTrip_SafetyProfile_WithEveryProperty()
    {
        AssertJsonRoundTrip(
            new SafetyProfile(["report"], Tolerability.WellTolerated, ["headache"], ["infection"], "minimal side effects"),
            """{"sourceIds":["report"],"tolerability":"well-tolerated","adverseEvents":["headache"],"risks":["infection"],"quote":"minimal side effects"}""",
            PublicJson.TypeInfo<SafetyProfile>());
    }

    [Fact]
    public void RoundTrip_PartialDate_AtEachPrecision()
    {
        AssertJsonRoundTrip(PartialDate.FromYear(2023), "\"2023\"", PublicJson.TypeInfo<PartialDate>());
        AssertJsonRoundTrip(PartialDate.FromYearMonth(2023, 5), "\"2023-05\"", PublicJson.TypeInfo<PartialDate>());
        AssertJsonRoundTrip(PartialDate.FromDate(2024, 2, 29), "\"2024-02-29\"", PublicJson.TypeInfo<PartialDate>());
        AssertJsonRoundTrip(PartialDate.FromYear(1), "\"0001\"", PublicJson.TypeInfo<PartialDate>());
    }

    [Fact]
    public void RoundTrip_VocabularyTerms_AsTheirCodes()
    {
        AssertJsonRoundTrip(Disease.MultipleSclerosis, "\"multiple-sclerosis\"", PublicJson.TypeInfo<Disease>());
        AssertJsonRoundTrip(TrialPhase.Phase1Phase2, "\"phase-1-phase-2\"", PublicJson.TypeInfo<TrialPhase>());
        AssertJsonRoundTrip(ClinicalScale.AlsfrsR, "\"alsfrs-r\"", PublicJson.TypeInfo<ClinicalScale>());
    }

    [Fact]
    public void SeedDataset_IsExactlyTheCheckedInDocument()
    {
        var json = StemCellJson.Serialize(SeedArticle.Dataset);

        CheckedInSnapshot.AssertCurrent(
            RepositoryFiles.TestDataInRepository(SeedDatasetFile), Encoding.UTF8.GetBytes(json), "FullyQualifiedName~StemCellJsonTests.SeedDataset_IsExactlyTheCheckedInDocument");
        Assert.Equal(Encoding.UTF8.GetBytes(json), StemCellJson.SerializeToUtf8Bytes(SeedArticle.Dataset));
    }

    [Fact]
    public void SeedDataset_CheckedInDocument_ReadsAsTheSeedDataset()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.TestData(SeedDatasetFile));

        Assert.Equal(SeedArticle.Dataset, StemCellJson.Deserialize(bytes));
        Assert.Equal(SeedArticle.Dataset, JsonSerializer.Deserialize(bytes, StemCellJson.DatasetTypeInfo));
    }

    /// <summary>
    /// Asserts that <paramref name="value"/> is written as exactly <paramref name="expectedJson"/> and that reading that JSON
    /// gives back an equal value.
    /// </summary>
    private static void AssertJsonRoundTrip<T>(T value, string expectedJson, JsonTypeInfo<T> info)
    {
        Assert.Equal(expectedJson, JsonSerializer.Serialize(value, info));
        var back = JsonSerializer.Deserialize(expectedJson, info);
        Assert.Equal(value, back);
    }
}
