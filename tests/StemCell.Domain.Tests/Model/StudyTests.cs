using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class StudyTests
{
    private const string Source = SeedArticle.SourceId;

    /// <summary>One change to each property of a valid study, each of which must make it unequal to the original.</summary>
    private static readonly Dictionary<string, Action<StudyBuilder>> Changes = new()
    {
        ["id"] = b => b.Id = "another-id",
        ["title"] = b => b.Title = "Another title",
        ["disease"] = b => b.Disease = Disease.AmyotrophicLateralSclerosis,
        ["institutions"] = b => b.Institutions.Add(new Institution("Another institution")),
        ["institutions-order"] = b => b.Institutions.Insert(0, new Institution("First institution")),
        ["courses"] = b => b.Courses.Clear(),
        ["phase"] = b => b.Phase = TrialPhase.Phase3,
        ["status"] = b => b.Status = StudyStatus.Completed,
        ["designs"] = b => b.Designs.Add(StudyDesign.OpenLabel),
        ["enrollment"] = b => b.Enrollment = 12,
        ["enrollmentActuality"] = b => b.EnrollmentActuality = Actuality.Estimated,
        ["startDateActuality"] = b => b.StartDateActuality = Actuality.Actual,
        ["completionDateActuality"] = b => b.CompletionDateActuality = Actuality.Estimated,
        ["reportedIn"] = b => b.ReportedIn = PartialDate.FromYearMonth(2023, 1),
        ["startDate"] = b => b.StartDate = PartialDate.FromYear(2020),
        ["completionDate"] = b => b.CompletionDate = PartialDate.FromYear(2024),
        ["registryIdentifiers"] = b => b.RegistryIdentifiers.Add(RegistryIdentifier.FromNctId("NCT04047628")),
        ["interventions"] = b => b.Interventions[0] = new Intervention(StemCellType.Mesenchymal, deliveryRoutes: [DeliveryRoute.Intravenous]),
        ["outcomeMeasures"] = b => b.OutcomeMeasures.Add(OutcomeMeasure.RelapseRate),
        ["outcomeMeasures-order"] = b => (b.OutcomeMeasures[0], b.OutcomeMeasures[1]) = (b.OutcomeMeasures[1], b.OutcomeMeasures[0]),
        ["clinicalScales"] = b => b.ClinicalScales.Add(ClinicalScale.AlsfrsR),
        ["findings"] = b => b.Findings.RemoveAt(1),
        ["findings-order"] = b => (b.Findings[0], b.Findings[1]) = (b.Findings[1], b.Findings[0]),
        ["mechanisms"] = b => b.Mechanisms.Clear(),
        ["safety"] = b => b.Safety = null,
        ["evidence"] = b => b.Evidence.Add(new TermEvidence(TrialPhase.Phase2, "phase", "phase II", Source)),
        ["sourceIds"] = b => b.SourceIds.Add("another-source"),
        ["notes"] = b => b.Notes = "A note.",
    };

    public static TheoryData<string> ChangeNames => [.. Changes.Keys];

    [Fact]
    public void Create_OnlyRequiredParts_LeavesEverythingElseUnstated()
    {
        var study = new Study("a-study", "A study", Disease.MultipleSclerosis);

        Assert.Empty(study.Institutions);
        Assert.Empty(study.Courses);
        Assert.Null(study.Phase);
        Assert.Null(study.Status);
        Assert.Empty(study.Designs);
        Assert.Null(study.Enrollment);
        Assert.Null(study.EnrollmentActuality);
        Assert.Null(study.ReportedIn);
        Assert.Null(study.StartDate);
        Assert.Null(study.StartDateActuality);
        Assert.Null(study.CompletionDate);
        Assert.Null(study.CompletionDateActuality);
        Assert.Empty(study.RegistryIdentifiers);
        Assert.Empty(study.Interventions);
        Assert.Empty(study.OutcomeMeasures);
        Assert.Empty(study.ClinicalScales);
        Assert.Empty(study.Findings);
        Assert.Empty(study.Mechanisms);
        Assert.Null(study.Safety);
        Assert.Empty(study.Evidence);
        Assert.Empty(study.SourceIds);
        Assert.Null(study.Notes);
        Assert.Equal("a-study: A study", study.ToString());
    }

    [Theory]
    [MemberData(nameof(SourceTests.NotSlugs), MemberType = typeof(SourceTests))]
    public void Create_IdNotASlug_Throws(string id)
    {
        Assert.Throws<ArgumentException>("id", () => new Study(id, "A study", Disease.MultipleSclerosis));
    }

    [Fact]
    public void Create_BadParts_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("id", () => new Study(null!, "t", Disease.MultipleSclerosis));
        Assert.Throws<ArgumentException>("title", () => new Study("s", "", Disease.MultipleSclerosis));
        Assert.Throws<ArgumentNullException>("disease", () => new Study("s", "t", null!));
        Assert.Throws<ArgumentException>("institutions", () => new Study("s", "t", Disease.MultipleSclerosis, institutions: [null!]));
        Assert.Throws<ArgumentException>("courses", () => new Study("s", "t", Disease.MultipleSclerosis, courses: [null!]));
        Assert.Throws<ArgumentException>("designs", () => new Study("s", "t", Disease.MultipleSclerosis, designs: [null!]));
        Assert.Throws<ArgumentOutOfRangeException>("enrollment", () => new Study("s", "t", Disease.MultipleSclerosis, enrollment: -1));
        Assert.Throws<ArgumentException>("registryIdentifiers", () => new Study("s", "t", Disease.MultipleSclerosis, registryIdentifiers: [null!]));
        Assert.Throws<ArgumentException>("interventions", () => new Study("s", "t", Disease.MultipleSclerosis, interventions: [null!]));
        Assert.Throws<ArgumentException>("findings", () => new Study("s", "t", Disease.MultipleSclerosis, findings: [null!]));
        Assert.Throws<ArgumentException>("mechanisms", () => new Study("s", "t", Disease.MultipleSclerosis, mechanisms: [null!]));
        Assert.Throws<ArgumentException>("sourceIds", () => new Study("s", "t", Disease.MultipleSclerosis, sourceIds: ["Not A Slug"]));
        Assert.Throws<ArgumentException>("notes", () => new Study("s", "t", Disease.MultipleSclerosis, notes: " "));
    }

    [Fact]
    public void Create_ZeroEnrollment_IsAllowed()
    {
        // A withdrawn study enrolls nobody, and registries say so.
        Assert.Equal(0, new Study("s", "t", Disease.MultipleSclerosis, enrollment: 0).Enrollment);
    }

    [Fact]
    public void Create_ActualitiesWithTheirValues_KeepsThem()
    {
        var study = new Study(
            "s",
            "t",
            Disease.AmyotrophicLateralSclerosis,
            enrollment: 24,
            enrollmentActuality: Actuality.Estimated,
            startDate: PartialDate.FromYearMonth(2024, 3),
            startDateActuality: Actuality.Actual,
            completionDate: PartialDate.FromYear(2027),
            completionDateActuality: Actuality.Estimated);

        Assert.Equal(Actuality.Estimated, study.EnrollmentActuality);
        Assert.Equal(Actuality.Actual, study.StartDateActuality);
        Assert.Equal(Actuality.Estimated, study.CompletionDateActuality);
    }

    [Fact]
    public void Create_ActualityWithoutItsValue_ThrowsNamingTheActuality()
    {
        var enrollment = Assert.Throws<ArgumentException>(
            "enrollmentActuality", () => new Study("s", "t", Disease.MultipleSclerosis, enrollmentActuality: Actuality.Actual));
        Assert.Throws<ArgumentException>(
            "startDateActuality", () => new Study("s", "t", Disease.MultipleSclerosis, startDateActuality: Actuality.Estimated));
        Assert.Throws<ArgumentException>(
            "completionDateActuality",
            () => new Study("s", "t", Disease.MultipleSclerosis, startDate: PartialDate.FromYear(2020), completionDateActuality: Actuality.Actual));

        Assert.StartsWith("The actuality of an enrollment is given, but not an enrollment", enrollment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OutcomeMeasuresAndScales_KeepsThemInOrder()
    {
        var study = new Study(
            "s",
            "t",
            Disease.AmyotrophicLateralSclerosis,
            outcomeMeasures: [OutcomeMeasure.FunctionalRating, OutcomeMeasure.Survival],
            clinicalScales: [ClinicalScale.AlsfrsR]);

        Assert.Equal(new[] { OutcomeMeasure.FunctionalRating, OutcomeMeasure.Survival }, study.OutcomeMeasures);
        Assert.Equal(new[] { ClinicalScale.AlsfrsR }, study.ClinicalScales);
    }

    [Fact]
    public void Create_OutcomeMeasureOrScaleTwice_ThrowsNamingTheList()
    {
        Assert.Throws<ArgumentException>(
            "outcomeMeasures",
            () => new Study("s", "t", Disease.MultipleSclerosis, outcomeMeasures: [OutcomeMeasure.RelapseRate, OutcomeMeasure.RelapseRate]));
        Assert.Throws<ArgumentException>(
            "clinicalScales", () => new Study("s", "t", Disease.MultipleSclerosis, clinicalScales: [ClinicalScale.Edss, null!]));
        Assert.Throws<ArgumentException>(
            "clinicalScales", () => new Study("s", "t", Disease.MultipleSclerosis, clinicalScales: [ClinicalScale.Edss, ClinicalScale.Edss]));
    }

    [Fact]
    public void Create_UndefinedActuality_Throws()
    {
        Assert.Throws<ArgumentException>(
            "enrollmentActuality", () => new Study("s", "t", Disease.MultipleSclerosis, enrollment: 3, enrollmentActuality: (Actuality)7));
    }

    [Theory]
    [InlineData("2023", "2023")]
    [InlineData("2023", "2023-01")]
    [InlineData("2023-05-14", "2023")]
    [InlineData("2023-05", "2023-05-01")]
    [InlineData("2020", "2024-06-30")]
    public void Create_CompletionThatCanFollowTheStart_Succeeds(string start, string completion)
    {
        var study = new Study("s", "t", Disease.MultipleSclerosis, startDate: PartialDate.Parse(start), completionDate: PartialDate.Parse(completion));

        Assert.Equal(PartialDate.Parse(completion), study.CompletionDate);
    }

    [Theory]
    [InlineData("2023-05", "2023-04")]
    [InlineData("2023-05-14", "2023-05-13")]
    [InlineData("2024", "2023-12-31")]
    public void Create_CompletionBeforeStart_Throws(string start, string completion)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            "completionDate",
            () => new Study("s", "t", Disease.MultipleSclerosis, startDate: PartialDate.Parse(start), completionDate: PartialDate.Parse(completion)));
    }

    [Fact]
    public void Create_CopiesTheCallersLists()
    {
        var courses = new List<DiseaseCourse> { DiseaseCourse.RelapsingRemittingMs };
        var study = new Study("s", "t", Disease.MultipleSclerosis, courses: courses);

        courses.Add(DiseaseCourse.PrimaryProgressiveMs);

        Assert.Equal(new[] { DiseaseCourse.RelapsingRemittingMs }, study.Courses);
    }

    [Fact]
    public void Validate_SeedStudies_HaveNoProblem()
    {
        Assert.True(SeedArticle.Cambridge.Validate().IsValid);
        Assert.True(SeedArticle.Cleveland.Validate().IsValid);
        Assert.True(SeedArticle.JohnsHopkins.Validate().IsValid);
    }

    [Fact]
    public void Validate_CourseOfAnotherDisease_IsReportedAtTheCourse()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.Courses.Add(DiseaseCourse.SporadicAls);

        var problem = ProblemAssert.Single("courses[1]", builder.Build().Validate());

        Assert.Equal("'sporadic-als' is a course of amyotrophic-lateral-sclerosis, not of the study's disease, multiple-sclerosis.", problem.Message);
    }

    [Theory]
    [InlineData("mesenchymal")]
    [InlineData("neural")]
    [InlineData("induced-pluripotent")]
    [InlineData("embryonic")]
    public void Validate_TransplantOfCellsThatAreNotHematopoietic_IsReportedAtTheCellType(string cellType)
    {
        var builder = SeedArticle.Cleveland.ToBuilder();
        builder.Interventions[0] = new Intervention(StemCellType.FromCode(cellType), conditioningRegimen: "intensive chemotherapy");

        var problem = ProblemAssert.Single("interventions[0].stemCellType", builder.Build().Validate());

        Assert.Contains("hematopoietic stem cell transplant", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"'{cellType}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonHematopoieticCellsWithoutConditioning_AreNotATransplant()
    {
        Assert.True(SeedArticle.Cambridge.Validate().IsValid);
        Assert.False(SeedArticle.Cambridge.Interventions[0].IsHematopoieticStemCellTransplant);
    }

    [Fact]
    public void Validate_FindingThatCitesNoSource_IsReportedAtItsSourceIds()
    {
        var builder = SeedArticle.JohnsHopkins.ToBuilder();
        var finding = builder.Findings[2];
        builder.Findings[2] = new Finding(finding.OutcomeMeasure, finding.Direction, finding.Population, finding.Quote, sourceIds: []);

        var problem = ProblemAssert.Single("findings[2].sourceIds", builder.Build().Validate());

        Assert.Equal("A finding must cite at least one source.", problem.Message);
    }

    [Fact]
    public void Validate_SafetyOrStudyThatCitesNoSource_IsReported()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.Safety = new SafetyProfile([], Tolerability.WellTolerated);
        builder.SourceIds.Clear();

        ProblemAssert.Paths(["safety.sourceIds", "sourceIds"], builder.Build().Validate());
    }

    [Fact]
    public void Validate_EvidenceForEachKindOfTheStudysValues_HasNoProblem()
    {
        var builder = SeedArticle.Cleveland.ToBuilder();
        builder.Status = StudyStatus.Completed;
        builder.Designs.Add(StudyDesign.OpenLabel);
        builder.OutcomeMeasures.Add(OutcomeMeasure.DisabilityProgression);
        builder.ClinicalScales.Add(ClinicalScale.Edss);
        builder.Interventions[0] = new Intervention(
            StemCellType.Hematopoietic, TissueSource.PeripheralBlood, DonorOrigin.Autologous, [DeliveryRoute.Intravenous], "intensive chemotherapy");
        IVocabularyTerm[] values =
        [
            Disease.MultipleSclerosis, DiseaseCourse.SecondaryProgressiveMs, StudyStatus.Completed, StudyDesign.OpenLabel,
            OutcomeMeasure.DisabilityProgression, ClinicalScale.Edss, StemCellType.Hematopoietic, TissueSource.PeripheralBlood,
            DonorOrigin.Autologous, DeliveryRoute.Intravenous,
        ];
        foreach (var value in values)
        {
            builder.Evidence.Add(new TermEvidence(value, "text", value.Code, Source));
        }

        Assert.True(builder.Build().Validate().IsValid, builder.Build().Validate().ToString());
    }

    [Fact]
    public void Validate_EvidenceForATermTheStudyLacks_IsReportedAtItsCode()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.Evidence.Add(new TermEvidence(Disease.MultipleSclerosis, "conditions[0]", "multiple sclerosis", Source));
        builder.Evidence.Add(new TermEvidence(DeliveryRoute.Intrathecal, "interventions[0].description", "given intrathecally", Source));

        var problem = ProblemAssert.Single("evidence[1].code", builder.Build().Validate());

        Assert.Equal(
            "The evidence is for the delivery-route 'intrathecal', which is not one of the study's values; evidence supports a value the study states.",
            problem.Message);
    }

    [Fact]
    public void Validate_EvidenceFromASourceTheStudyDoesNotCite_IsReportedAtItsSourceId()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.Evidence.Add(new TermEvidence(Disease.MultipleSclerosis, "conditions[0]", "multiple sclerosis", "another-source"));

        var problem = ProblemAssert.Single("evidence[0].sourceId", builder.Build().Validate());

        Assert.StartsWith("'another-source' is not one of the study's sourceIds", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownSourceIds_AreLeftToTheDataset()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.SourceIds[0] = "not-in-any-dataset";

        Assert.True(builder.Build().Validate().IsValid);
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedAtOnceInPropertyOrder()
    {
        var builder = SeedArticle.Cleveland.ToBuilder();
        builder.Courses.Add(DiseaseCourse.FamilialAls);
        builder.Courses.Add(DiseaseCourse.SporadicAls);
        builder.Interventions.Add(new Intervention(StemCellType.Mesenchymal, conditioningRegimen: "busulfan"));
        builder.Findings[0] = new Finding(OutcomeMeasure.Mobility, OutcomeDirection.Improved, Population.AllParticipants, "quote", []);
        builder.Findings[2] = new Finding(OutcomeMeasure.Mobility, OutcomeDirection.Improved, Population.AllParticipants, "quote", []);
        builder.Safety = new SafetyProfile([], risks: ["the chemotherapy involved"]);
        builder.SourceIds.Clear();

        ProblemAssert.Paths(
            ["courses[1]", "courses[2]", "interventions[1].stemCellType", "findings[0].sourceIds", "findings[2].sourceIds", "safety.sourceIds", "sourceIds"],
            builder.Build().Validate());
    }

    [Fact]
    public void Equality_StudiesBuiltSeparately_AreEqualElementByElement()
    {
        var copy = SeedArticle.Cleveland.ToBuilder().Build();

        Assert.NotSame(SeedArticle.Cleveland, copy);
        EqualityAssert.Equal(SeedArticle.Cleveland, copy);
        EqualityAssert.NotEqualToNullOrOtherTypes(SeedArticle.Cleveland);
    }

    [Theory]
    [MemberData(nameof(ChangeNames))]
    public void Equality_ChangeToAnyProperty_MakesStudiesUnequal(string change)
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        builder.Institutions.Add(new Institution("Second institution"));
        builder.Enrollment = 30;
        builder.StartDate = PartialDate.FromYear(2019);
        builder.CompletionDate = PartialDate.FromYear(2022);
        builder.OutcomeMeasures.Add(OutcomeMeasure.DisabilityProgression);
        builder.OutcomeMeasures.Add(OutcomeMeasure.SafetyAndTolerability);
        builder.ClinicalScales.Add(ClinicalScale.Edss);
        var original = builder.Build();
        Changes[change](builder);

        EqualityAssert.NotEqual(original, builder.Build());
    }
}
