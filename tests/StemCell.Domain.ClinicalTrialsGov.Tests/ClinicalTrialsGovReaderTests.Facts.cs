using NodaTime;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>Facts pinned against what the real files say (values copied from the files, not from the reader).</summary>
public sealed partial class ClinicalTrialsGovReaderTests
{
    [Fact]
    public void ReadStudy_MultiPhaseTrial_HasBothPhases()
    {
        var record = ReadRecord("records/NCT04431453.json");

        Assert.Equal<string>(["PHASE2", "PHASE3"], record.Phases);
        Assert.Equal(new ClinicalTrialsGovEnrollment(59, "ACTUAL"), record.Enrollment);
        Assert.True(record.HasResults);
    }

    [Fact]
    public void ReadStudy_PhasesOutOfOrderAndRepeated_GivesADistinctSetInTheRegistrysOrder()
    {
        var result = ClinicalTrialsGovReader.ReadStudy(TestFiles.Utf8(MinimalStudy("""{"studyType": "INTERVENTIONAL", "phases": ["PHASE3", "PHASE2", "PHASE3"]}""")), "phases.json");

        Assert.Equal<string>(["PHASE2", "PHASE3"], result.Record!.Phases);
    }

    [Fact]
    public void ReadStudy_WithdrawnTrial_HasEnrollmentZero()
    {
        var record = ReadRecord("records/NCT00973089.json");

        Assert.Equal("WITHDRAWN", record.OverallStatus);
        Assert.Equal(new ClinicalTrialsGovEnrollment(0, "ACTUAL"), record.Enrollment);
        Assert.Equal<string>(["NA"], record.Phases);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromYearMonth(2010, 5), null), record.StartDate);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromYearMonth(2015, 3), "ACTUAL"), record.CompletionDate);
    }

    [Fact]
    public void ReadJson_WithdrawnTrialInWebsiteExport_KeepsWhyStopped()
    {
        var record = ReadAll("more/UserZetsu__dtx-analysis__ctg-studies.json").Single(r => r.NctId == "NCT05440721");

        Assert.Equal("WITHDRAWN", record.OverallStatus);
        Assert.Equal(0, record.Enrollment!.Count);
        Assert.Equal("Change of company's priority; learning from a separate CT-101-CLS-001 (NCT04857515) is deemed sufficient", record.WhyStopped);
    }

    [Fact]
    public void ReadStudy_UnknownStatus_HasLastKnownStatusAndEstimatedCompletion()
    {
        var record = ReadRecord("records/NCT04207047.json");

        Assert.Equal("UNKNOWN", record.OverallStatus);
        Assert.Equal("ACTIVE_NOT_RECRUITING", record.LastKnownStatus);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2018, 10, 2), "ACTUAL"), record.StartDate);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2018, 10, 31), "ACTUAL"), record.PrimaryCompletionDate);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2020, 3, 31), "ESTIMATED"), record.CompletionDate);
    }

    [Fact]
    public void ReadStudy_FieldProjectionWithoutDerivedSection_HasNoDataVersionNorHasResults()
    {
        var record = ReadRecord("more/genomoncology__biomcp__get_nct02576665_20260811.json");

        Assert.Null(record.DataVersion);
        Assert.Null(record.HasResults);
        Assert.Empty(record.ConditionMeshTerms);
        Assert.Equal("TERMINATED", record.OverallStatus);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromYearMonth(2016, 7), null), record.StartDate);
        Assert.Null(record.PrimaryCompletionDate);
        Assert.Equal(new ClinicalTrialsGovEnrollment(21, null), record.Enrollment);
        Assert.Equal(new ClinicalTrialsGovOrganization("Tocagen Inc.", null), record.LeadSponsor);
        Assert.Empty(record.References);
    }

    [Fact]
    public void ReadStudy_CrlfFileWithResultsSection_ReadsTheProtocol()
    {
        var record = ReadRecord("more/ctti-clinicaltrials__aact__initialize_participant_flow_data.json");

        Assert.Equal("NCT02299791", record.NctId);
        Assert.Equal("Dissemination of CVD Risk Factor Treatment Among Diabetic Patients in Safety Net Clinics", record.BriefTitle);
        Assert.Equal(new LocalDate(2023, 12, 15), record.DataVersion);
        Assert.Equal(new ClinicalTrialsGovEnrollment(4856, "ACTUAL"), record.Enrollment);
        Assert.StartsWith("The purpose of the ALL Study is to determine the effectiveness", record.BriefSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStudy_MinifiedFileWith1148Locations_ReadsThemAllWithEstimatedDates()
    {
        var record = ReadRecord("more/gowthamrao__py_load_clinicaltrialsgov__NCT04267848.json");

        Assert.Equal(1148, record.Locations.Length);
        Assert.Equal(new ClinicalTrialsGovLocation("Anchorage Associates in Radiation Medicine", "Anchorage", "Alaska", "United States"), record.Locations[0]);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromDate(2025, 12, 15), "ESTIMATED"), record.PrimaryCompletionDate);
        Assert.Equal(new ClinicalTrialsGovEnrollment(1210, "ESTIMATED"), record.Enrollment);
        Assert.Equal(new LocalDate(2025, 9, 11), record.DataVersion);
        Assert.Equal<ClinicalTrialsGovSecondaryId>(
            [
                new ClinicalTrialsGovSecondaryId("NCI-2020-00751", "REGISTRY", "CTRP (Clinical Trial Reporting Program)"),
                new ClinicalTrialsGovSecondaryId("A081801", "OTHER", "Alliance for Clinical Trials in Oncology"),
                new ClinicalTrialsGovSecondaryId("A081801", "OTHER", "CTEP"),
                new ClinicalTrialsGovSecondaryId("U10CA180821", "NIH", null),
            ],
            record.SecondaryIds);
        Assert.Equal("NCI-2020-00751", record.OrgStudyId);
        Assert.Equal(new ClinicalTrialsGovMeshTerm("D002289", "Carcinoma, Non-Small-Cell Lung"), record.ConditionMeshTerms[0]);
    }

    [Fact]
    public void ReadStudy_Phase3Trial_HasIdentificationDesignAndMeshTerms()
    {
        var record = ReadRecord("records/NCT02552212.json");

        Assert.Equal(ClinicalTrialsGovFormat.ApiV2, record.Format);
        Assert.Equal("AS0006", record.OrgStudyId);
        Assert.Equal("C-AXSPAND", record.Acronym);
        Assert.Equal<ClinicalTrialsGovSecondaryId>([new("2015-001894-41", "EUDRACT_NUMBER", null)], record.SecondaryIds);
        Assert.StartsWith("Phase 3, Multicenter, Randomized, Placebo-Controlled", record.OfficialTitle, StringComparison.Ordinal);
        Assert.Equal(new ClinicalTrialsGovOrganization("UCB BIOSCIENCES GmbH", "INDUSTRY"), record.LeadSponsor);
        Assert.Empty(record.Collaborators);
        Assert.Equal(new LocalDate(2023, 12, 12), record.DataVersion);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromYearMonth(2015, 9), "ACTUAL"), record.StartDate);
        Assert.Equal("INTERVENTIONAL", record.StudyType);
        Assert.Equal("RANDOMIZED", record.Allocation);
        Assert.Equal("PARALLEL", record.InterventionModel);
        Assert.Equal("TREATMENT", record.PrimaryPurpose);
        Assert.Equal("QUADRUPLE", record.Masking);
        Assert.Equal<string>(["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"], record.WhoMasked);
        Assert.Equal<string>(["Axial Spondyloarthritis", "Nonradiographic Axial Spondyloarthritis", "Nr-axSpA"], record.Conditions);
        Assert.Equal(11, record.Keywords.Length);
        Assert.Equal<ClinicalTrialsGovMeshTerm>(
            [
                new ClinicalTrialsGovMeshTerm("D000013166", "Spondylitis"),
                new ClinicalTrialsGovMeshTerm("D000025241", "Spondylarthritis"),
                new ClinicalTrialsGovMeshTerm("D000089183", "Axial Spondyloarthritis"),
                new ClinicalTrialsGovMeshTerm("D000089202", "Non-Radiographic Axial Spondyloarthritis"),
            ],
            record.ConditionMeshTerms);
        Assert.Equal(new Uri("https://clinicaltrials.gov/study/NCT02552212"), record.Url);
    }

    [Fact]
    public void ReadStudy_ArmsAndInterventions_AreLinkedByLabel()
    {
        var record = ReadRecord("records/NCT02552212.json");

        Assert.Equal(["Certolizumab Pegol 200 mg Q2W", "Placebo"], record.Arms.Select(a => a.Label));
        Assert.Equal(["EXPERIMENTAL", "PLACEBO_COMPARATOR"], record.Arms.Select(a => a.Type));
        Assert.Equal<string>(["Biological: Certolizumab Pegol"], record.Arms[0].InterventionNames);
        Assert.Equal(["BIOLOGICAL: Certolizumab Pegol", "OTHER: Placebo"], record.Interventions.Select(i => i.ToString()));
        Assert.Equal<string>(["Cimzia", "CDP870"], record.Interventions[0].OtherNames);
        Assert.Empty(record.Interventions[1].OtherNames);
        Assert.All(record.Interventions, i => Assert.All(i.ArmGroupLabels, label => Assert.Contains(record.Arms, a => a.Label == label)));
        Assert.Equal<string>(["Placebo"], record.Interventions[1].ArmGroupLabels);
        Assert.StartsWith("* Active Substance: Certolizumab Pegol\n* Pharmaceutical Form", record.Interventions[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStudy_Outcomes_KeepMarkdownAsGiven()
    {
        var record = ReadRecord("records/NCT02552212.json");

        Assert.Equal(11, record.PrimaryOutcomes.Length);
        Assert.Equal(20, record.SecondaryOutcomes.Length);
        Assert.Empty(record.OtherOutcomes);
        var first = record.PrimaryOutcomes[0];
        Assert.Equal("Percentage of Subjects With Ankylosing Spondylitis Disease Activity Score Major Improvement (ASDAS-MI) Response Criteria Response at Week 52", first.Measure);
        Assert.Equal("Week 52", first.TimeFrame);
        Assert.Contains(@"(natural logarithm \[ln\] of the (CRP \[mg/L\] + 1))", first.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStudy_OtherOutcomes_AreRead()
    {
        Assert.Equal(2, ReadRecord("records/NCT03064438.json").OtherOutcomes.Length);
    }

    [Fact]
    public void ReadStudy_Eligibility_HasCriteriaSexAgesAndVolunteers()
    {
        var eligibility = ReadRecord("records/NCT02552212.json").Eligibility!;

        Assert.StartsWith("Inclusion Criteria:\n\n* At least 18 years old at the start of Screening Visit", eligibility.Criteria, StringComparison.Ordinal);
        Assert.Equal("ALL", eligibility.Sex);
        Assert.Equal("18 Years", eligibility.MinimumAge);
        Assert.Null(eligibility.MaximumAge);
        Assert.Equal<string>(["ADULT", "OLDER_ADULT"], eligibility.StandardAges);
        Assert.False(eligibility.HealthyVolunteers);
    }

    [Fact]
    public void ReadStudy_LocationsAndReferences_AreReadInOrder()
    {
        var record = ReadRecord("records/NCT02552212.json");

        Assert.Equal(105, record.Locations.Length);
        Assert.Equal(new ClinicalTrialsGovLocation("As0006 125", "Birmingham", "Alabama", "United States"), record.Locations[0]);
        Assert.Equal(4, record.References.Length);
        Assert.Equal("35296532", record.References[0].Pmid);
        Assert.Equal("RESULT", record.References[0].Type);
        Assert.StartsWith("van der Heijde D, Gensler LS", record.References[0].Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStudy_Collaborators_AreReadInOrderWithTheirClass()
    {
        var record = ReadRecord("records/NCT00763412.json");

        Assert.Equal(new ClinicalTrialsGovOrganization("Arbelaez, Ana Maria", "INDIV"), record.LeadSponsor);
        Assert.Equal<ClinicalTrialsGovOrganization>(
            [
                new ClinicalTrialsGovOrganization("Washington University School of Medicine", "OTHER"),
                new ClinicalTrialsGovOrganization("National Institutes of Health (NIH)", "NIH"),
                new ClinicalTrialsGovOrganization("Novo Nordisk A/S", "INDUSTRY"),
                new ClinicalTrialsGovOrganization("National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)", "NIH"),
            ],
            record.Collaborators);
    }

    [Fact]
    public void ReadJson_MultipleSclerosisTrial_HasItsMeshTerm()
    {
        var record = ReadAll("more/UserZetsu__dtx-analysis__ctg-studies.json").Single(r => r.NctId == "NCT03569618");

        Assert.Equal<string>(["Multiple Sclerosis", "Cognitive Decline"], record.Conditions);
        Assert.Equal(new ClinicalTrialsGovMeshTerm("D009103", "Multiple Sclerosis"), record.ConditionMeshTerms[0]);
    }

    private static ClinicalTrialsGovRecord ReadRecord(string file)
    {
        using var stream = TestFiles.Open($"ctgov-v2/{file}");
        var result = ClinicalTrialsGovReader.ReadStudy(stream, file);
        Assert.Null(result.Error);
        return result.Record!;
    }

    private static List<ClinicalTrialsGovRecord> ReadAll(string file)
    {
        using var stream = TestFiles.Open($"ctgov-v2/{file}");
        return [.. ClinicalTrialsGovReader.ReadJson(stream, file).Select(r => r.Record!)];
    }

    /// <summary>A study of one NCT number with the design module given.</summary>
    private static string MinimalStudy(string designModule) =>
        $$$"""{"protocolSection": {"identificationModule": {"nctId": "NCT00000001"}, "designModule": {{{designModule}}} }}""";
}
