using System.Text;
using NodaTime;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>The classic readers, against the real 2022 StudyFields API chunks and CSV exports of the MS and ALS stem cell trials.</summary>
public sealed partial class ClinicalTrialsGovReaderTests
{
    private static readonly string Classic = Path.Combine(AppContext.BaseDirectory, "TestData", "ctgov-classic");
    private static readonly string InvalidClassic = Path.Combine(AppContext.BaseDirectory, "TestData", "ctgov-invalid-classic");

    public static TheoryData<string, string[]> QueryFolders => new()
    {
        { "mesenchymal_NurOwn", ["NCT03799718", "NCT03280056", "NCT02017912", "NCT04681118"] },
        { "mesenchymal_MSC-NTF_cells", ["NCT01051882", "NCT03799718", "NCT02017912", "NCT03280056", "NCT04681118", "NCT01777646"] },
        {
            "mesenchymal_stem_Multiple_Sclerosis",
            [
                "NCT01377870", "NCT03778333", "NCT00781872", "NCT01854957", "NCT01730547", "NCT01895439", "NCT01228266", "NCT01364246",
                "NCT02403947", "NCT02034188", "NCT04823000", "NCT00395200", "NCT02035514", "NCT01056471", "NCT01606215", "NCT04749667",
                "NCT01933802", "NCT03355365", "NCT05003388", "NCT05532943", "NCT02326935", "NCT03326505", "NCT00813969", "NCT02239393",
                "NCT03822858", "NCT02587715", "NCT02418325", "NCT02166021", "NCT05116540", "NCT01745783", "NCT02495766", "NCT04956744",
                "NCT03799718", "NCT03069170", "NCT02249676", "NCT04821479", "NCT04520373", "NCT00962923",
            ]
        },
        { "NCT04745299", ["NCT04745299"] },
    };

    public static TheoryData<string, string[]> CsvExports => new()
    {
        { "mesenchymal_NurOwn.csv", ["NCT03799718", "NCT03280056", "NCT02017912"] },
        { "mesenchymal_MSC-NTF_cells.csv", ["NCT03799718", "NCT01051882", "NCT02017912", "NCT03280056", "NCT01777646"] },
    };

    [Theory]
    [MemberData(nameof(QueryFolders))]
    public void ReadClassicStudyFields_QueryFolder_ReadsEveryTrialInRankOrder(string folder, string[] nctIds)
    {
        var results = ReadFolder(folder);

        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal(nctIds, results.Select(result => result.Record!.NctId));
        Assert.Equal(nctIds, results.Select(result => result.NctId));
        Assert.Equal(Enumerable.Range(1, nctIds.Length), results.Select(result => result.Position));
        Assert.All(results, result => Assert.Equal(ClinicalTrialsGovFormat.ClassicStudyFields, result.Record!.Format));
        Assert.All(results, result => Assert.Equal(Path.Combine(Classic, "api", folder), result.Source));
    }

    [Fact]
    public void ReadClassicStudyFields_NurOwnAlsPhase3_ReadsTheRegistryFacts()
    {
        var result = Trial(ReadFolder("mesenchymal_NurOwn"), "NCT03280056");
        var record = result.Record!;

        Assert.Empty(result.Warnings);
        Assert.Equal(new LocalDate(2022, 10, 6), record.DataVersion);
        Assert.Equal("Safety and Efficacy of Repeated Administrations of NurOwn® in ALS Patients", record.BriefTitle);
        Assert.Equal("BCT-002-US", record.OrgStudyId);
        Assert.Equal<string>(["PHASE3"], record.Phases);
        Assert.Equal("COMPLETED", record.OverallStatus);
        Assert.Equal("INTERVENTIONAL", record.StudyType);
        Assert.Equal(new ClinicalTrialsGovEnrollment(263, "ACTUAL"), record.Enrollment);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2017, 8, 28), "ACTUAL"), record.StartDate);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2020, 10, 30), "ACTUAL"), record.CompletionDate);
        Assert.Equal(new ClinicalTrialsGovOrganization("Brainstorm-Cell Therapeutics", "INDUSTRY"), record.LeadSponsor);
        Assert.Equal<ClinicalTrialsGovOrganization>([new ClinicalTrialsGovOrganization("California Institute for Regenerative Medicine (CIRM)", "OTHER")], record.Collaborators);
        Assert.Equal(("RANDOMIZED", "PARALLEL", "QUADRUPLE", "TREATMENT"), (record.Allocation, record.InterventionModel, record.Masking, record.PrimaryPurpose));
        Assert.Equal<string>(["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"], record.WhoMasked);
        Assert.Equal<string>(["Amyotrophic Lateral Sclerosis (ALS)"], record.Conditions);
        Assert.False(record.HasResults);
        Assert.Equal(("ALL", "18 Years", "60 Years"), (record.Eligibility!.Sex, record.Eligibility.MinimumAge, record.Eligibility.MaximumAge));
        Assert.Equal<string>(["ADULT"], record.Eligibility.StandardAges);
        Assert.False(record.Eligibility.HealthyVolunteers);
        Assert.Equal(new ClinicalTrialsGovLocation("Mayo Clinic", "Rochester", "Minnesota", "United States"), record.Locations[^1]);
        Assert.Equal(6, record.Locations.Length);
        Assert.Equal<string>(["BIOLOGICAL: NurOwn® (MSC-NTF cells)", "OTHER: Placebo", "OTHER: Bone Marrow aspiration"], record.Interventions.Select(i => i.ToString()));

        // Two arms and three interventions: the flattened cross-listings fit together one way only.
        Assert.Equal<string?>(["ACTIVE_COMPARATOR", "PLACEBO_COMPARATOR"], record.Arms.Select(arm => arm.Type));
        Assert.Equal<string>(["Biological: NurOwn® (MSC-NTF cells)", "Other: Bone Marrow aspiration"], record.Arms[0].InterventionNames);
        Assert.Equal<string>(["Other: Placebo", "Other: Bone Marrow aspiration"], record.Arms[1].InterventionNames);
        Assert.Equal<string>(["NurOwn® (MSC-NTF cells)", "Placebo"], record.Interventions[2].ArmGroupLabels);
    }

    [Fact]
    public void ReadClassicStudyFields_Alsummit_ReadsFactsAndWarnsOfMixedDataVersionsAndUnalignedStates()
    {
        var result = Assert.Single(ReadFolder("NCT04745299"));
        var record = result.Record!;

        Assert.Equal("ALSummit", record.Acronym);
        Assert.Equal<string>(["PHASE3"], record.Phases);
        Assert.Equal("RECRUITING", record.OverallStatus);
        Assert.Equal(new ClinicalTrialsGovEnrollment(115, "ESTIMATED"), record.Enrollment);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2021, 3, 23), "ACTUAL"), record.StartDate);
        Assert.Equal(new ClinicalTrialsGovOrganization("Corestem, Inc.", "INDUSTRY"), record.LeadSponsor);

        // The folder lacks the chunk that holds StudyType; its chunks come from two data versions.
        Assert.Null(record.StudyType);
        Assert.Equal(new LocalDate(2022, 10, 6), record.DataVersion);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("DataVrs:", StringComparison.Ordinal)
            && warning.Contains("'2022:10:09 23:24:50.411' (NCT04745299_015.json", StringComparison.Ordinal));

        // Five Korean sites and one state: which site has it cannot be told.
        Assert.Equal(5, record.Locations.Length);
        Assert.All(record.Locations, location => Assert.Null(location.State));
        Assert.Equal(new ClinicalTrialsGovLocation("Korea University Anam Hospital", "Seoul", null, "Korea, Republic of"), record.Locations[1]);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("LocationState:", StringComparison.Ordinal));

        Assert.Equal<string>(["Biological: Lenzumestrocel", "Drug: Riluzole", "Drug: Placebo Comparator"], record.Arms[0].InterventionNames);
        Assert.Equal<string>(["Biological: Lenzumestrocel", "Drug: Riluzole"], record.Arms[1].InterventionNames);
        Assert.Equal<string>(["Drug: Riluzole", "Drug: Placebo Comparator"], record.Arms[2].InterventionNames);
        Assert.Equal<string>(["Control group", "Multiple administation group", "Single cycle administration group"], record.Interventions[1].ArmGroupLabels);

        // Four other names for three interventions: which is whose cannot be told, so the record keeps them unattributed.
        Assert.All(record.Interventions, intervention => Assert.Empty(intervention.OtherNames));
        Assert.Equal<string>(
            ["Neuronata-R inj", "Autologous Bone Marrow derived Mesenchymal Stem Cell", "Rilutek", "Normal Saline Inj."],
            record.UnattributedInterventionOtherNames);
        Assert.Contains(result.Warnings, warning => warning.StartsWith("InterventionOtherName:", StringComparison.Ordinal)
            && warning.EndsWith("they are kept as the record's unattributed other names.", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadClassicStudyFields_PhaseOneTwoWithMonthDate_ReadsBothPhasesAndTheMonth()
    {
        var record = Trial(ReadFolder("mesenchymal_MSC-NTF_cells"), "NCT01051882").Record!;

        Assert.Equal<string>(["PHASE1", "PHASE2"], record.Phases);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromYearMonth(2011, 6), null), record.StartDate);
        Assert.Equal(new ClinicalTrialsGovLocation("Hadassah Medical Organization", "Jerusalem", null, "Israel"), Assert.Single(record.Locations));
        Assert.Equal(("NON_RANDOMIZED", "NONE"), (record.Allocation, record.Masking));
    }

    [Fact]
    public void ReadClassicStudyFields_UnknownStatusTrial_KeepsTheLastKnownStatus()
    {
        var record = Trial(ReadFolder("mesenchymal_stem_Multiple_Sclerosis"), "NCT01854957").Record!;

        Assert.Equal(("UNKNOWN", "RECRUITING"), (record.OverallStatus, record.LastKnownStatus));
        Assert.Equal("MESEMS", record.Acronym);
        Assert.Equal(new ClinicalTrialsGovSecondaryId("2011-001295-19", "EUDRACT_NUMBER", null), Assert.Single(record.SecondaryIds));
        Assert.Equal(new ClinicalTrialsGovEnrollment(20, "ESTIMATED"), record.Enrollment);
        Assert.Equal("CROSSOVER", record.InterventionModel);
    }

    [Fact]
    public void ReadClassicStudyFields_TerminatedMsTrial_ReadsWhyStoppedTitlesTermsOutcomesAndReferences()
    {
        var result = Trial(ReadFolder("mesenchymal_stem_Multiple_Sclerosis"), "NCT01228266");
        var record = result.Record!;

        Assert.Empty(result.Warnings);
        Assert.Equal("TERMINATED", record.OverallStatus);
        Assert.Equal("Ended the recruitment in June 2012 for low enrollement accrual", record.WhyStopped);
        Assert.StartsWith("Autologous Mesenchymal Stem Cell Transplantation in Multiple Sclerosis: a Randomized", record.OfficialTitle, StringComparison.Ordinal);
        Assert.Equal<string>(["Multiple Sclerosis"], record.Keywords);
        Assert.Equal<ClinicalTrialsGovMeshTerm>([new("D000009103", "Multiple Sclerosis"), new("D000012598", "Sclerosis")], record.ConditionMeshTerms);
        var primary = Assert.Single(record.PrimaryOutcomes);
        Assert.Equal(
            ("The coprimary endpoints were safety and efficacy in terms of cumulative number of gadolinium-enhancing lesions in MRI", "12 months"),
            (primary.Description, primary.TimeFrame));
        Assert.Single(record.SecondaryOutcomes);
        var reference = Assert.Single(record.References);
        Assert.Equal(("25436769", "DERIVED"), (reference.Pmid, reference.Type));
        Assert.EndsWith("doi: 10.1371/journal.pone.0113936. eCollection 2014.", reference.Citation, StringComparison.Ordinal);
        Assert.StartsWith("The study is a randomized Phase II study, masked and crossed-over with placebo", record.BriefSummary, StringComparison.Ordinal);
        Assert.Null(record.DetailedDescription);
        Assert.False(record.HasResults);
    }

    [Fact]
    public void ReadClassicStudyFields_ExpandedAccess_ReadsTypeAndStatusWithoutPhasesOrEnrollment()
    {
        var record = Trial(ReadFolder("mesenchymal_NurOwn"), "NCT04681118").Record!;

        Assert.Equal(("EXPANDED_ACCESS", "NO_LONGER_AVAILABLE"), (record.StudyType, record.OverallStatus));
        Assert.Empty(record.Phases);
        Assert.Null(record.Enrollment);
        Assert.Empty(record.Arms);
        Assert.Equal("BIOLOGICAL: NurOwn (MSC-NTF cells)", Assert.Single(record.Interventions).ToString());
    }

    [Fact]
    public void ReadClassicStudyFields_TwoInterventionsOfTheSameName_LeavesTheArmLinksEmptyAndWarns()
    {
        var result = Trial(ReadFolder("mesenchymal_stem_Multiple_Sclerosis"), "NCT01056471");

        Assert.All(result.Record!.Arms, arm => Assert.Empty(arm.InterventionNames));
        Assert.All(result.Record.Interventions, intervention => Assert.Empty(intervention.ArmGroupLabels));
        Assert.Contains(result.Warnings, warning => warning.StartsWith("ArmGroupInterventionName:", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, warning => warning.StartsWith("InterventionArmGroupLabel:", StringComparison.Ordinal));

        // Two descriptions for three arms.
        Assert.All(result.Record.Arms, arm => Assert.Null(arm.Description));
        Assert.Contains(result.Warnings, warning => warning.StartsWith("ArmGroupDescription: 2 values for 3 arms", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadClassicStudyFields_FilePaths_ReadsAsTheFolderDoes()
    {
        var folder = Path.Combine(Classic, "api", "mesenchymal_NurOwn");

        var fromFiles = ClinicalTrialsGovReader.ReadClassicStudyFields(Directory.GetFiles(folder).Reverse()).ToList();

        Assert.Equal(ReadFolder("mesenchymal_NurOwn").Select(r => r.Record!.BriefTitle), fromFiles.Select(r => r.Record!.BriefTitle));
        Assert.Equal(folder, fromFiles[0].Source);
    }

    [Fact]
    public void ReadClassicStudyFields_ChunkWithByteOrderMark_ReadsAsWithout()
    {
        var folder = Directory.CreateTempSubdirectory("ctgov-classic-bom-");
        try
        {
            var chunk = Path.Combine(Classic, "api", "NCT04745299", "NCT04745299_015.json");
            File.WriteAllBytes(Path.Combine(folder.FullName, "NCT04745299_015.json"), [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(chunk)]);

            var result = Assert.Single(ClinicalTrialsGovReader.ReadClassicStudyFields(folder.FullName));

            Assert.Equal("ALSummit", result.Record!.Acronym);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadClassicStudyFields_ChunkThatIsNotStudyFields_ThrowsNamingTheFile()
    {
        var exception = Assert.Throws<ClinicalTrialsGovFormatException>(() =>
            ClinicalTrialsGovReader.ReadClassicStudyFields(Path.Combine(InvalidClassic, "not-study-fields")));

        Assert.EndsWith("mesenchymal_NurOwn_030.json", exception.InputName, StringComparison.Ordinal);
        Assert.Contains("StudyFieldsResponse", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadClassicStudyFields_TruncatedChunk_ThrowsNamingTheFileAndLine()
    {
        var exception = Assert.Throws<ClinicalTrialsGovFormatException>(() =>
            ClinicalTrialsGovReader.ReadClassicStudyFields(Path.Combine(InvalidClassic, "truncated-chunk")));

        Assert.EndsWith("mesenchymal_NurOwn_015.json", exception.InputName, StringComparison.Ordinal);
        Assert.StartsWith("line ", exception.Location, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(exception.InnerException, exactMatch: false);
    }

    [Fact]
    public void ReadClassicStudyFields_EditedChunk_KeepsUnknownPhaseAsTextAndReportsTheStudyWithoutNctId()
    {
        var results = ClinicalTrialsGovReader.ReadClassicStudyFields(Path.Combine(InvalidClassic, "edited-chunk")).ToList();

        Assert.Equal([1, 2, 3, 4], results.Select(result => result.Position));
        var unknownPhase = results[0];
        Assert.Equal<string>(["Phase 5"], unknownPhase.Record!.Phases);
        Assert.Equal("Phase: 'Phase 5' is not a phase the library knows; kept as text.", Assert.Single(unknownPhase.Warnings));
        var noId = results[2];
        Assert.Null(noId.Record);
        Assert.Null(noId.NctId);
        Assert.Contains("$.StudyFieldsResponse.StudyFields[2].NCTId", noId.Error, StringComparison.Ordinal);
        Assert.Equal<string>(["PHASE3"], results[1].Record!.Phases);
        Assert.Equal("NO_LONGER_AVAILABLE", results[3].Record!.OverallStatus);
    }

    [Fact]
    public void ReadClassicStudyFields_EmptyFolder_Throws()
    {
        var folder = Directory.CreateTempSubdirectory("ctgov-classic-empty-");
        try
        {
            var exception = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadClassicStudyFields(folder.FullName));
            Assert.Equal(folder.FullName, exception.InputName);
        }
        finally
        {
            folder.Delete();
        }
    }

    [Fact]
    public void ReadClassicStudyFields_MissingFolder_ThrowsDirectoryNotFound() =>
        Assert.Throws<DirectoryNotFoundException>(() => ClinicalTrialsGovReader.ReadClassicStudyFields(Path.Combine(InvalidClassic, "no-such-folder")));

    [Fact]
    public void ReadClassicStudyFields_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("folder", () => ClinicalTrialsGovReader.ReadClassicStudyFields((string)null!));
        Assert.Throws<ArgumentNullException>("files", () => ClinicalTrialsGovReader.ReadClassicStudyFields((IEnumerable<string>)null!));
    }

    [Theory]
    [MemberData(nameof(CsvExports))]
    public void ReadClassicCsv_Export_ReadsEveryRow(string file, string[] nctIds)
    {
        var results = ReadCsv(file);

        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal(nctIds, results.Select(result => result.Record!.NctId));
        Assert.Equal(Enumerable.Range(1, nctIds.Length), results.Select(result => result.Position));
        Assert.All(results, result => Assert.Equal((ClinicalTrialsGovFormat.ClassicCsv, (LocalDate?)null, file), (result.Record!.Format, result.Record.DataVersion, result.Source)));
    }

    [Fact]
    public void ReadClassicCsv_NurOwnAlsPhase3_ReadsTheRegistryFacts()
    {
        var result = Trial(ReadCsv("mesenchymal_NurOwn.csv"), "NCT03280056");
        var record = result.Record!;

        Assert.Equal<string>(["PHASE3"], record.Phases);
        Assert.Equal("COMPLETED", record.OverallStatus);
        Assert.Equal(new ClinicalTrialsGovEnrollment(263, null), record.Enrollment);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2017, 8, 28), null), record.StartDate);
        Assert.Equal<string>(["BIOLOGICAL: NurOwn® (MSC-NTF cells)", "OTHER: Placebo", "OTHER: Bone Marrow aspiration"], record.Interventions.Select(i => i.ToString()));
        Assert.Equal(
            ["To evaluate the efficacy and safety of NurOwn® (autologous MSC-NTF cells) as compared to placebo as measured by the amyotrophic lateral sclerosis functional rating scale (ALSFRS-R)", "Biomarkers"],
            record.UnclassifiedOutcomes.Select(outcome => outcome.Measure));
        Assert.Empty(record.PrimaryOutcomes);
        Assert.Equal<string>(["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"], record.WhoMasked);
        Assert.Equal<string>(["ADULT"], record.Eligibility!.StandardAges);
        Assert.False(record.HasResults);

        // Sponsor first, then collaborator; Funded Bys "Industry|Other" does not say which organization is which.
        Assert.Equal(new ClinicalTrialsGovOrganization("Brainstorm-Cell Therapeutics", null), record.LeadSponsor);
        Assert.Equal<ClinicalTrialsGovOrganization>([new ClinicalTrialsGovOrganization("California Institute for Regenerative Medicine (CIRM)", null)], record.Collaborators);
        Assert.Equal("line 3, Funded Bys: 2 classes for 2 organizations, and the export does not say which organization has which; not kept.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void ReadClassicCsv_SingleFundedBy_GivesTheClassToEveryOrganization()
    {
        var record = Trial(ReadCsv("mesenchymal_NurOwn.csv"), "NCT03799718").Record!;

        Assert.Equal(new ClinicalTrialsGovOrganization("Brainstorm-Cell Therapeutics", "INDUSTRY"), record.LeadSponsor);
        Assert.Equal("BCT-101-US", record.OrgStudyId);
    }

    [Fact]
    public void ReadClassicCsv_LocationOutsideTheUnitedStates_KeepsOnlyTheCountryAndWarns()
    {
        var result = Trial(ReadCsv("mesenchymal_MSC-NTF_cells.csv"), "NCT01051882");

        Assert.Equal(new ClinicalTrialsGovLocation(null, null, null, "Israel"), Assert.Single(result.Record!.Locations));
        Assert.Contains(result.Warnings, warning => warning.StartsWith("line 3, Locations: 'Hadassah Medical Organization, Jerusalem, Israel'", StringComparison.Ordinal));
        Assert.Equal<string>(["PHASE1", "PHASE2"], result.Record.Phases);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromYearMonth(2011, 6), null), result.Record.StartDate);
    }

    public static TheoryData<string, string> TrialsInBothFormats => new()
    {
        { "mesenchymal_NurOwn", "NCT03799718" },
        { "mesenchymal_NurOwn", "NCT03280056" },
        { "mesenchymal_NurOwn", "NCT02017912" },
        { "mesenchymal_MSC-NTF_cells", "NCT03799718" },
        { "mesenchymal_MSC-NTF_cells", "NCT01051882" },
        { "mesenchymal_MSC-NTF_cells", "NCT02017912" },
        { "mesenchymal_MSC-NTF_cells", "NCT03280056" },
        { "mesenchymal_MSC-NTF_cells", "NCT01777646" },
    };

    [Theory]
    [MemberData(nameof(TrialsInBothFormats))]
    public void ReadClassicCsv_TrialAlsoInTheApiChunks_AgreesOnTheFactsBothCarry(string query, string nctId)
    {
        var api = Trial(ReadFolder(query), nctId).Record!;
        var csv = Trial(ReadCsv(query + ".csv"), nctId).Record!;

        Assert.Equal(api.BriefTitle, csv.BriefTitle);
        Assert.Equal(api.Acronym, csv.Acronym);
        Assert.Equal(api.OrgStudyId, csv.OrgStudyId);
        Assert.Equal(api.OverallStatus, csv.OverallStatus);
        Assert.Equal(api.StudyType, csv.StudyType);
        Assert.Equal<string>(api.Phases, csv.Phases);
        Assert.Equal(api.Enrollment!.Count, csv.Enrollment!.Count);
        Assert.Equal(api.StartDate!.Date, csv.StartDate!.Date);
        Assert.Equal(api.PrimaryCompletionDate!.Date, csv.PrimaryCompletionDate!.Date);
        Assert.Equal(api.CompletionDate!.Date, csv.CompletionDate!.Date);
        Assert.Equal(api.LeadSponsor!.Name, csv.LeadSponsor!.Name);
        Assert.Equal(api.Collaborators.Select(c => c.Name), csv.Collaborators.Select(c => c.Name));
        Assert.Equal<string>(api.Conditions, csv.Conditions);
        Assert.Equal(api.Interventions.Select(i => i.ToString()), csv.Interventions.Select(i => i.ToString()));
        Assert.Equal(
            (api.Allocation, api.InterventionModel, api.Masking, api.PrimaryPurpose),
            (csv.Allocation, csv.InterventionModel, csv.Masking, csv.PrimaryPurpose));
        Assert.Equal<string>(api.WhoMasked, csv.WhoMasked);
        Assert.Equal(
            (api.Eligibility!.Sex, api.Eligibility.MinimumAge, api.Eligibility.MaximumAge),
            (csv.Eligibility!.Sex, csv.Eligibility.MinimumAge, csv.Eligibility.MaximumAge));
        Assert.Equal<string>(api.Eligibility.StandardAges, csv.Eligibility.StandardAges);
        Assert.Equal(api.HasResults, csv.HasResults);
        Assert.Equal(api.Locations.Select(l => l.Country), csv.Locations.Select(l => l.Country));
        Assert.Equal(
            api.PrimaryOutcomes.Concat(api.SecondaryOutcomes).Concat(api.OtherOutcomes).Select(o => o.Measure),
            csv.UnclassifiedOutcomes.Select(o => o.Measure));
        Assert.All(
            csv.Locations.Where(location => location.City is not null),
            location => Assert.Contains(location, api.Locations));
    }

    [Fact]
    public void ReadClassicCsv_BrokenRowsAmongGoodOnes_ReportsEachByLineAndReadsTheOthers()
    {
        var results = ReadCsvFile(Path.Combine(InvalidClassic, "broken-rows.csv"));

        Assert.Equal(6, results.Count);
        Assert.Equal("NCT03799718", results[0].Record!.NctId);
        Assert.Equal("Phase 2,\r\nRandomized, Double Blind, Placebo Controlled Multicenter Study of Autologous MSC-NTF Cells in Patients With ALS", results[1].Record!.BriefTitle);
        Assert.Equal("line 5: 25 fields where the header has 27.", results[2].Error);
        Assert.Equal("line 6, column 2 (NCT Number): 'NCT0379971' is not an NCT number (NCT followed by eight digits).", results[3].Error);
        Assert.StartsWith("line 7, column 10: text follows the closing quote", results[4].Error, StringComparison.Ordinal);
        Assert.Equal("NCT01051882", results[5].Record!.NctId);
        Assert.Equal([1, 2, 3, 4, 5, 6], results.Select(result => result.Position));
    }

    [Fact]
    public void ReadClassicCsv_UnknownDisplayStrings_KeepsThemAsTextAndWarnsNamingTheColumn()
    {
        var result = Assert.Single(ReadCsvFile(Path.Combine(InvalidClassic, "unknown-display-strings.csv")));

        Assert.Equal<string>(["Phase 5"], result.Record!.Phases);
        Assert.Equal("Paused", result.Record.OverallStatus);
        Assert.Equal("Randomised", result.Record.Allocation);
        Assert.Equal(
            [
                "line 2, Phases: 'Phase 5' is not a phase the library knows; kept as text.",
                "line 2, Status: 'Paused' is not a recruitment status the library knows; kept as text.",
                "line 2, Study Designs: 'Randomised' is not an allocation the library knows; kept as text.",
            ],
            result.Warnings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadClassicCsv_NotTheClassicExport_ThrowsNamingTheFileAndLineOne()
    {
        using var stream = File.OpenRead(Path.Combine(InvalidClassic, "not-classic-export.csv"));

        var exception = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadClassicCsv(stream, "not-classic-export.csv"));

        Assert.Equal(("not-classic-export.csv", "line 1"), (exception.InputName, exception.Location));
        Assert.Contains("'Study Title'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadClassicCsv_ByteOrderMark_ReadsAsWithout()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Classic, "csv", "mesenchymal_NurOwn.csv"));
        using var withBom = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. bytes]);

        var results = ClinicalTrialsGovReader.ReadClassicCsv(withBom, "bom.csv").ToList();

        Assert.Equal<string>(["NCT03799718", "NCT03280056", "NCT02017912"], results.Select(result => result.Record!.NctId));
    }

    [Fact]
    public void ReadClassicCsv_NotUtf8_Throws()
    {
        using var latin1 = new MemoryStream(Encoding.Latin1.GetBytes("\"Rank\",\"NCT Number\",\"Title\"\r\n1,\"NCT03280056\",\"NurOwn\u00ae\"\r\n"));

        var exception = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadClassicCsv(latin1, "latin1.csv"));

        Assert.Equal("latin1.csv", exception.InputName);
    }

    [Theory]
    [InlineData("Phases", "Early Phase 1|Phase 1", "EARLY_PHASE1 PHASE1")]
    [InlineData("Phases", "Not Applicable", "NA")]
    [InlineData("Status", "Active, not recruiting", "ACTIVE_NOT_RECRUITING")]
    [InlineData("Status", "Unknown status", "UNKNOWN")]
    [InlineData("Status", "Enrolling by invitation", "ENROLLING_BY_INVITATION")]
    [InlineData("Study Type", "Expanded Access", "EXPANDED_ACCESS")]
    [InlineData("Study Type", "Observational", "OBSERVATIONAL")]
    [InlineData("Gender", "All", "ALL")]
    [InlineData("Gender", "Female", "FEMALE")]
    [InlineData("Start Date", "2008", "2008")]
    [InlineData("Start Date", "July 2008", "2008-07")]
    [InlineData("Start Date", "March 23, 2021", "2021-03-23")]
    [InlineData("Study Designs", "Allocation: Non-Randomized|Intervention Model: Sequential Assignment|Masking: Single (Outcomes Assessor)|Primary Purpose: Supportive Care", "NON_RANDOMIZED SEQUENTIAL SINGLE OUTCOMES_ASSESSOR SUPPORTIVE_CARE")]
    [InlineData("Study Designs", "Allocation: N/A|Intervention Model: Single Group Assignment|Masking: None (Open Label)|Primary Purpose: Treatment", "NA SINGLE_GROUP NONE TREATMENT")]
    [InlineData("Interventions", "Biological: NurOwn® (MSC-NTF cells)|Other: Placebo|Dietary Supplement: Vitamin D", "BIOLOGICAL: NurOwn® (MSC-NTF cells)|OTHER: Placebo|DIETARY_SUPPLEMENT: Vitamin D")]
    [InlineData("Age", "18 Years and older   (Adult, Older Adult)", "18 Years - ? ADULT OLDER_ADULT")]
    [InlineData("Age", "up to 17 Years   (Child)", "? - 17 Years CHILD")]
    [InlineData("Age", "6 Months to 17 Years   (Child)", "6 Months - 17 Years CHILD")]
    [InlineData("Locations", "Massachusetts General Hospital, Boston, Massachusetts, United States", "Massachusetts General Hospital / Boston / Massachusetts / United States")]
    [InlineData("Locations", "Mayo Clinic, Jacksonville, Florida, Rochester, Minnesota, United States", "Mayo Clinic, Jacksonville, Florida / Rochester / Minnesota / United States")]
    [InlineData("Locations", "New York, New York, United States", " / New York / New York / United States")]
    [InlineData("Study Results", "Has Results", "True")]
    [InlineData("Other IDs", "BCT-002-US|2017-001234-56", "- 2017-001234-56")]
    public void ReadClassicCsv_DisplayString_MapsToTheApiV2Code(string column, string display, string expected)
    {
        var result = Assert.Single(ReadOneRow(column, display));
        var record = result.Record!;

        var actual = column switch
        {
            "Phases" => string.Join(' ', record.Phases),
            "Status" => record.OverallStatus,
            "Study Type" => record.StudyType,
            "Gender" => record.Eligibility!.Sex,
            "Start Date" => record.StartDate!.Date.ToString(),
            "Study Designs" => string.Join(' ', new[] { record.Allocation, record.InterventionModel, record.Masking }.Concat(record.WhoMasked).Append(record.PrimaryPurpose)),
            "Interventions" => string.Join('|', record.Interventions),
            "Age" => $"{record.Eligibility!.MinimumAge ?? "?"} - {record.Eligibility.MaximumAge ?? "?"} {string.Join(' ', record.Eligibility.StandardAges)}",
            "Locations" => string.Join(" / ", record.Locations[0].Facility, record.Locations[0].City, record.Locations[0].State, record.Locations[0].Country),
            "Study Results" => record.HasResults.ToString(),
            "Other IDs" => $"{record.OrgStudyId ?? "-"} {record.SecondaryIds[^1].Id}",
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };

        Assert.Equal(expected, actual);
        if (column is not ("Other IDs"))
        {
            Assert.Empty(result.Warnings);
        }
    }

    [Fact]
    public void ReadClassicCsv_DoubledQuotesAndLineFeedLineEnds_ReadsTheField()
    {
        var result = Assert.Single(ReadOneRow("Title", "NurOwn \"MSC-NTF\" cells,\nrepeated"));

        Assert.Equal("NurOwn \"MSC-NTF\" cells,\nrepeated", result.Record!.BriefTitle);
    }

    [Fact]
    public void ReadClassicCsv_QuoteNotClosed_ReportsTheLineWhereTheFieldOpens()
    {
        var csv = "\"NCT Number\",\"Title\"\n\"NCT03280056\",\"NurOwn\nin ALS\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var result = Assert.Single(ClinicalTrialsGovReader.ReadClassicCsv(stream, "unclosed.csv"));

        Assert.Equal("line 2, column 2: the quoted field is not closed before the end of the file.", result.Error);
    }

    [Fact]
    public void ReadClassicCsv_EmptyInput_ThrowsNamingLineOne()
    {
        using var stream = new MemoryStream();

        var exception = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadClassicCsv(stream, "empty.csv"));

        Assert.Equal(("empty.csv", "line 1"), (exception.InputName, exception.Location));
    }

    [Fact]
    public void ReadClassicCsv_Null_Throws()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentNullException>("csv", () => ClinicalTrialsGovReader.ReadClassicCsv(null!, "x.csv"));
        Assert.Throws<ArgumentNullException>("sourceName", () => ClinicalTrialsGovReader.ReadClassicCsv(stream, null!));
    }

    private static List<ClinicalTrialsGovReadResult> ReadFolder(string folder) =>
        [.. ClinicalTrialsGovReader.ReadClassicStudyFields(Path.Combine(Classic, "api", folder))];

    private static List<ClinicalTrialsGovReadResult> ReadCsv(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Classic, "csv", file));
        return [.. ClinicalTrialsGovReader.ReadClassicCsv(stream, file)];
    }

    private static List<ClinicalTrialsGovReadResult> ReadCsvFile(string path)
    {
        using var stream = File.OpenRead(path);
        return [.. ClinicalTrialsGovReader.ReadClassicCsv(stream, Path.GetFileName(path))];
    }

    private static ClinicalTrialsGovReadResult Trial(IEnumerable<ClinicalTrialsGovReadResult> results, string nctId) =>
        Assert.Single(results, result => result.NctId == nctId);

    /// <summary>A one-row export with the NCT number and one other column, for table-driven display strings.</summary>
    private static List<ClinicalTrialsGovReadResult> ReadOneRow(string column, string value)
    {
        var csv = $"\"NCT Number\",\"{column}\"\n\"NCT03280056\",\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return [.. ClinicalTrialsGovReader.ReadClassicCsv(stream, "one-row.csv")];
    }
}
