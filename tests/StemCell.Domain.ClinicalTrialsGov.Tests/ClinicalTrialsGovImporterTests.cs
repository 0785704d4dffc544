using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>
/// <see cref="ClinicalTrialsGovImporter"/>: the registry's coded facts in the vocabulary, and every real record in
/// scope or out of it with a reason. The derivation from free text is in the partial files beside this one.
/// </summary>
public sealed partial class ClinicalTrialsGovImporterTests
{
    [Fact]
    public void Import_EveryRealApiV2File_ReportsEachStudyAndFailsNone()
    {
        var results = ClinicalTrialsGovReader.ReadPath(TestFiles.PathOf("ctgov-v2")).ToList();

        var import = ClinicalTrialsGovImporter.Import(results);

        Assert.Equal(results.Count, import.Entries.Length);
        Assert.Equal(results.Select(r => r.NctId), import.Entries.Select(e => e.NctId));
        Assert.Equal(0, import.FailedCount);
        // None of these registry samples is an MS or ALS stem cell trial (SOURCES.md, section G).
        Assert.Equal(0, import.ImportedCount);
        Assert.All(import.Entries, e => Assert.False(string.IsNullOrEmpty(e.Reason)));
        Assert.Empty(import.Dataset.Studies);
    }

    [Fact]
    public void Map_AnUnreadableRecord_IsAFailedEntryWithTheReadersError()
    {
        var result = new ClinicalTrialsGovReadResult { Source = "page.json", Position = 2, NctId = "NCT01234567", Error = "$.protocolSection: expected an object." };

        var entry = ClinicalTrialsGovImporter.Map(result);

        Assert.Equal(ClinicalTrialsGovImportOutcome.Failed, entry.Outcome);
        Assert.Equal("$.protocolSection: expected an object.", entry.Reason);
        Assert.Equal(("page.json", 2, "NCT01234567"), (entry.Source, entry.Position, entry.NctId));
        Assert.Null(entry.Study);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("NA", "not-applicable")]
    [InlineData("EARLY_PHASE1", "early-phase-1")]
    [InlineData("PHASE1", "phase-1")]
    [InlineData("PHASE1,PHASE2", "phase-1-phase-2")]
    [InlineData("PHASE2", "phase-2")]
    [InlineData("PHASE2,PHASE3", "phase-2-phase-3")]
    [InlineData("PHASE3", "phase-3")]
    [InlineData("PHASE4", "phase-4")]
    [InlineData("PHASE1,PHASE3", null)]
    [InlineData("PHASE5", null)]
    public void Map_RegistryPhases_MapToTheTrialPhaseOfTheSet(string phases, string? expected)
    {
        var entry = MapRecord(Record(phases: [.. phases.Split(',', StringSplitOptions.RemoveEmptyEntries)]));

        Assert.Equal(expected, entry.Study!.Phase?.Code);
        Assert.Equal(expected is null && phases.Length > 0, entry.NotDerived.Any(n => n.What == "trial-phase"));
    }

    [Theory]
    [InlineData("RECRUITING", "recruiting")]
    [InlineData("ACTIVE_NOT_RECRUITING", "active-not-recruiting")]
    [InlineData("UNKNOWN", "unknown")]
    [InlineData("NO_LONGER_AVAILABLE", "no-longer-available")]
    [InlineData("WITHHELD", "withheld")]
    [InlineData("SOMETHING_NEW", null)]
    public void Map_OverallStatus_MapsToTheSameTerm(string status, string? expected)
    {
        var entry = MapRecord(Record(status: status));

        Assert.Equal(expected, entry.Study!.Status?.Code);
    }

    [Fact]
    public void Map_EstimatedEnrollmentAndDates_KeepTheirActuality()
    {
        var entry = MapRecord(Record(
            enrollment: new ClinicalTrialsGovEnrollment(40, "ESTIMATED"),
            start: new ClinicalTrialsGovDate(PartialDate.FromYearMonth(2024, 2), "ACTUAL"),
            completion: new ClinicalTrialsGovDate(PartialDate.FromYear(2027), "ESTIMATED")));

        var study = entry.Study!;
        Assert.Equal((40, Actuality.Estimated), (study.Enrollment, study.EnrollmentActuality));
        Assert.Equal((PartialDate.FromYearMonth(2024, 2), Actuality.Actual), (study.StartDate, study.StartDateActuality));
        Assert.Equal((PartialDate.FromYear(2027), Actuality.Estimated), (study.CompletionDate, study.CompletionDateActuality));
    }

    [Fact]
    public void Map_RandomizedWithoutAComparatorArm_IsNotCalledControlled()
    {
        var entry = MapRecord(Record(allocation: "RANDOMIZED", masking: "DOUBLE", whoMasked: ["PARTICIPANT", "INVESTIGATOR"]));

        Assert.Equal([StudyDesign.DoubleBlind], entry.Study!.Designs.ToArray());
        Assert.Contains(entry.NotDerived, n => n.What == "study-design randomized-controlled");
    }

    [Fact]
    public void Map_ACompletionBeforeTheStart_FailsNamingTheProblemRatherThanBendingTheDates()
    {
        var entry = MapRecord(Record(
            start: new ClinicalTrialsGovDate(PartialDate.FromYear(2020), "ACTUAL"),
            completion: new ClinicalTrialsGovDate(PartialDate.FromYear(2019), "ACTUAL")));

        Assert.Equal(ClinicalTrialsGovImportOutcome.Failed, entry.Outcome);
        Assert.StartsWith("The record's facts do not make a valid study:", entry.Reason, StringComparison.Ordinal);
        Assert.Null(entry.Study);
    }

    [Fact]
    public void Map_InScope_CitesARegistryRecordSourceWithItsUrlAndDataDate()
    {
        var entry = MapRecord(Record(dataVersion: new NodaTime.LocalDate(2022, 10, 6)));

        var source = entry.RegistrySource!;
        Assert.Equal("ctgov-nct09000001-2022-10-06", source.Id);
        Assert.Equal(EvidenceKind.RegistryRecord, source.EvidenceKind);
        Assert.Equal("https://clinicaltrials.gov/study/NCT09000001", source.Locator!.Value);
        Assert.Equal(PartialDate.FromDate(2022, 10, 6), source.PublicationDate);
        Assert.Contains("as the registry's data stood on 2022-10-06", source.Notes, StringComparison.Ordinal);
        Assert.Equal([source.Id], entry.Study!.SourceIds.ToArray());
    }

    /// <summary>A small in-scope record (an MS trial of mesenchymal stem cells) with the registry facts a test varies.</summary>
    private static ClinicalTrialsGovRecord Record(
        string[]? phases = null,
        string? status = null,
        ClinicalTrialsGovEnrollment? enrollment = null,
        ClinicalTrialsGovDate? start = null,
        ClinicalTrialsGovDate? completion = null,
        string? allocation = null,
        string? masking = null,
        string[]? whoMasked = null,
        NodaTime.LocalDate? dataVersion = null) => new()
    {
        NctId = "NCT09000001",
        Format = ClinicalTrialsGovFormat.ApiV2,
        DataVersion = dataVersion,
        BriefTitle = "Mesenchymal stem cells in multiple sclerosis",
        Conditions = ["Multiple Sclerosis"],
        Interventions = [new ClinicalTrialsGovIntervention { Type = "BIOLOGICAL", Name = "Mesenchymal stem cells" }],
        Phases = [.. phases ?? []],
        OverallStatus = status,
        Enrollment = enrollment,
        StartDate = start,
        CompletionDate = completion,
        Allocation = allocation,
        Masking = masking,
        WhoMasked = [.. whoMasked ?? []],
    };

    private static ClinicalTrialsGovImportEntry MapRecord(ClinicalTrialsGovRecord record) =>
        ClinicalTrialsGovImporter.Map(new ClinicalTrialsGovReadResult { Source = "test", Position = 1, NctId = record.NctId, Record = record });
}
