using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Querying;

public sealed partial class StudyQueryTests
{
    private static readonly DatasetIndex Seed = new(SeedArticle.Dataset);

    /// <summary>One study per phase (in phase order), one with no phase, and one more stated as not applicable, for the range tests.</summary>
    private static readonly DatasetIndex Phases = new(new EvidenceDataset(
        sources: null,
        [
            .. TrialPhase.All.Select(p => new Study($"study-{p.Code}", $"A {p.DisplayName} study", Disease.MultipleSclerosis, phase: p)),
            new Study("study-without-phase", "A study whose sources state no phase", Disease.MultipleSclerosis),
        ]));

    // Disease, course, cell type, route, mechanism and outcome measure: the seed article states them.
    [Fact]
    public void WithDisease_Als_ReturnsJohnsHopkinsStudy()
    {
        Assert.Equal<Study>([SeedArticle.JohnsHopkins], Seed.Studies.WithDisease(Disease.AmyotrophicLateralSclerosis).Execute());
    }

    [Fact]
    public void WithDisease_MultipleSclerosis_ReturnsCambridgeAndClevelandInDatasetOrder()
    {
        Assert.Equal<Study>([SeedArticle.Cambridge, SeedArticle.Cleveland], Seed.Studies.WithDisease(Disease.MultipleSclerosis).Execute());
    }

    [Fact]
    public void WithCourse_SecondaryProgressive_ReturnsClevelandStudy()
    {
        Assert.Equal<Study>([SeedArticle.Cleveland], Seed.Studies.WithCourse(DiseaseCourse.SecondaryProgressiveMs).Execute());
    }

    [Fact]
    public void WithCourse_ProgressiveMs_AlsoFindsTheSecondaryAndPrimaryProgressiveStudies()
    {
        var index = new DatasetIndex(new EvidenceDataset(
            sources: null,
            [
                new Study("spms", "A secondary progressive MS study", Disease.MultipleSclerosis, courses: [DiseaseCourse.SecondaryProgressiveMs]),
                new Study("rrms", "A relapsing-remitting MS study", Disease.MultipleSclerosis, courses: [DiseaseCourse.RelapsingRemittingMs]),
                new Study("ppms", "A primary progressive MS study", Disease.MultipleSclerosis, courses: [DiseaseCourse.PrimaryProgressiveMs]),
                new Study("pms", "A progressive MS study", Disease.MultipleSclerosis, courses: [DiseaseCourse.ProgressiveMs]),
            ]));

        Assert.Equal(["spms", "ppms", "pms"], index.Studies.WithCourse(DiseaseCourse.ProgressiveMs).Execute().Select(s => s.Id));
        Assert.Equal(["spms"], index.Studies.WithCourse(DiseaseCourse.SecondaryProgressiveMs).Execute().Select(s => s.Id));
    }

    [Fact]
    public void WithCourse_RelapsingRemitting_ReturnsCambridgeStudy()
    {
        Assert.Equal<Study>([SeedArticle.Cambridge], Seed.Studies.WithCourse(DiseaseCourse.RelapsingRemittingMs).Execute());
    }

    [Fact]
    public void WithCourse_CourseNoStudyStates_ReturnsNothing()
    {
        // The Johns Hopkins study is in ALS but its source names no course, so it is not sporadic ALS either.
        Assert.Empty(Seed.Studies.WithCourse(DiseaseCourse.SporadicAls).Execute());
    }

    [Theory]
    [InlineData("mesenchymal", SeedArticle.CambridgeId)]
    [InlineData("hematopoietic", SeedArticle.ClevelandId)]
    [InlineData("neural", SeedArticle.JohnsHopkinsId)]
    public void WithCellType_EachSeedCellType_ReturnsItsStudy(string cellType, string studyId)
    {
        var studies = Seed.Studies.WithCellType(StemCellType.FromCode(cellType)).Execute();

        Assert.Equal([studyId], studies.Select(s => s.Id));
    }

    [Fact]
    public void WithCellType_InducedPluripotent_ReturnsNothing()
    {
        Assert.Empty(Seed.Studies.WithCellType(StemCellType.InducedPluripotent).Execute());
    }

    [Fact]
    public void WithRoute_Intraspinal_ReturnsJohnsHopkinsStudy()
    {
        Assert.Equal<Study>([SeedArticle.JohnsHopkins], Seed.Studies.WithRoute(DeliveryRoute.Intraspinal).Execute());
    }

    [Fact]
    public void WithRoute_Intravenous_ReturnsNothing_BecauseNoSeedSourceStatesIt()
    {
        Assert.Empty(Seed.Studies.WithRoute(DeliveryRoute.Intravenous).Execute());
    }

    [Theory]
    [InlineData("immune-modulation", SeedArticle.CambridgeId)]
    [InlineData("remyelination", SeedArticle.CambridgeId)]
    [InlineData("immune-reset", SeedArticle.ClevelandId)]
    [InlineData("neurotrophic-support", SeedArticle.JohnsHopkinsId)]
    [InlineData("cell-replacement", SeedArticle.JohnsHopkinsId)]
    public void WithMechanism_ProposedMechanism_ReturnsTheStudyThatProposesIt(string mechanism, string studyId)
    {
        var studies = Seed.Studies.WithMechanism(Mechanism.FromCode(mechanism)).Execute();

        Assert.Equal([studyId], studies.Select(s => s.Id));
    }

    [Fact]
    public void WithMechanism_Neuroprotection_ReturnsOnlyJohnsHopkins_NotCambridgeWhoseCellTypeCanProtectNeurons()
    {
        Assert.Contains(Mechanism.Neuroprotection, StemCellType.Mesenchymal.Mechanisms);

        Assert.Equal<Study>([SeedArticle.JohnsHopkins], Seed.Studies.WithMechanism(Mechanism.Neuroprotection).Execute());
    }

    [Fact]
    public void WithMechanism_AntiInflammation_ReturnsNothing_BecauseNoStudyProposesIt()
    {
        Assert.Empty(Seed.Studies.WithMechanism(Mechanism.AntiInflammation).Execute());
    }

    [Theory]
    [InlineData("cns-inflammation", SeedArticle.CambridgeId)]
    [InlineData("remyelination-on-mri", SeedArticle.CambridgeId)]
    [InlineData("disability-progression", SeedArticle.ClevelandId)]
    [InlineData("mobility", SeedArticle.ClevelandId)]
    [InlineData("neurological-symptoms", SeedArticle.ClevelandId)]
    [InlineData("motor-function", SeedArticle.JohnsHopkinsId)]
    [InlineData("muscle-strength", SeedArticle.JohnsHopkinsId)]
    [InlineData("coordination", SeedArticle.JohnsHopkinsId)]
    public void WithOutcomeMeasure_ReportedOutcome_ReturnsTheStudyThatReportsIt(string outcomeMeasure, string studyId)
    {
        var studies = Seed.Studies.WithOutcomeMeasure(OutcomeMeasure.FromCode(outcomeMeasure)).Execute();

        Assert.Equal([studyId], studies.Select(s => s.Id));
    }

    [Fact]
    public void WithOutcomeMeasure_SafetyAndTolerability_ReturnsNothing_BecauseASafetyProfileIsNotAFinding()
    {
        Assert.NotNull(SeedArticle.Cambridge.Safety);

        Assert.Empty(Seed.Studies.WithOutcomeMeasure(OutcomeMeasure.SafetyAndTolerability).Execute());
    }

    // Phase: only the Cambridge trial has one in the seed article.
    [Fact]
    public void WithPhase_Phase2_ReturnsCambridgeStudy()
    {
        Assert.Equal<Study>([SeedArticle.Cambridge], Seed.Studies.WithPhase(TrialPhase.Phase2).Execute());
    }

    [Fact]
    public void WithMinimumPhase_Phase2_ReturnsCambridgeStudy_AndNotTheStudiesWithoutPhase()
    {
        Assert.Equal<Study>([SeedArticle.Cambridge], Seed.Studies.WithMinimumPhase(TrialPhase.Phase2).Execute());
    }

    [Fact]
    public void WithMinimumPhase_Phase3_ReturnsNothing()
    {
        Assert.Empty(Seed.Studies.WithMinimumPhase(TrialPhase.Phase3).Execute());
    }

    [Theory]
    [InlineData("early-phase-1", "early-phase-1 phase-1 phase-1-phase-2 phase-2 phase-2-phase-3 phase-3 phase-4")]
    [InlineData("phase-1-phase-2", "phase-1-phase-2 phase-2 phase-2-phase-3 phase-3 phase-4")]
    [InlineData("phase-2", "phase-2 phase-2-phase-3 phase-3 phase-4")]
    [InlineData("phase-4", "phase-4")]
    public void WithMinimumPhase_IsInclusive_OrdersByValue_AndNeverMatchesMissingOrNotApplicable(string minimum, string expected)
    {
        var studies = Phases.Studies.WithMinimumPhase(TrialPhase.FromCode(minimum)).Execute();

        Assert.Equal(expected.Split(' '), studies.Select(s => s.Phase!.Code));
    }

    [Theory]
    [InlineData("early-phase-1", "early-phase-1")]
    [InlineData("phase-1-phase-2", "early-phase-1 phase-1 phase-1-phase-2")]
    [InlineData("phase-2", "early-phase-1 phase-1 phase-1-phase-2 phase-2")]
    [InlineData("phase-4", "early-phase-1 phase-1 phase-1-phase-2 phase-2 phase-2-phase-3 phase-3 phase-4")]
    public void WithMaximumPhase_IsInclusive_OrdersByValue_AndNeverMatchesMissingOrNotApplicable(string maximum, string expected)
    {
        var studies = Phases.Studies.WithMaximumPhase(TrialPhase.FromCode(maximum)).Execute();

        Assert.Equal(expected.Split(' '), studies.Select(s => s.Phase!.Code));
    }

    [Fact]
    public void WithMinimumAndMaximumPhase_ReturnsTheClosedRange()
    {
        var studies = Phases.Studies.WithMinimumPhase(TrialPhase.Phase1).WithMaximumPhase(TrialPhase.Phase2).Execute();

        Assert.Equal(["phase-1", "phase-1-phase-2", "phase-2"], studies.Select(s => s.Phase!.Code));
    }

    [Fact]
    public void WithMinimumAboveMaximumPhase_ReturnsNothing()
    {
        Assert.Empty(Phases.Studies.WithMinimumPhase(TrialPhase.Phase3).WithMaximumPhase(TrialPhase.Phase2).Execute());
    }

    [Fact]
    public void WithMinimumPhaseTwice_KeepsBoth_SoTheHigherBoundWins()
    {
        var studies = Phases.Studies.WithMinimumPhase(TrialPhase.Phase3).WithMinimumPhase(TrialPhase.Phase1).Execute();

        Assert.Equal(["phase-3", "phase-4"], studies.Select(s => s.Phase!.Code));
    }

    [Fact]
    public void WithPhase_Phase2_DoesNotMatchCombinedPhases()
    {
        Assert.Equal(["study-phase-2"], Phases.Studies.WithPhase(TrialPhase.Phase2).Execute().Select(s => s.Id));
    }

    [Fact]
    public void WithPhase_NotApplicable_ReturnsOnlyTheStudyStatedToHaveNoPhase()
    {
        Assert.Equal(["study-not-applicable"], Phases.Studies.WithPhase(TrialPhase.NotApplicable).Execute().Select(s => s.Id));
    }

    [Fact]
    public void WithMinimumPhase_NotApplicable_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Phases.Studies.WithMinimumPhase(TrialPhase.NotApplicable));

        Assert.Equal("phase", exception.ParamName);
        Assert.Contains("not-applicable", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithMaximumPhase_NotApplicable_Throws()
    {
        Assert.Equal("phase", Assert.Throws<ArgumentException>(() => Phases.Studies.WithMaximumPhase(TrialPhase.NotApplicable)).ParamName);
    }

    // Status and tissue source: the seed article states neither, so these use studies built here.
    [Fact]
    public void WithStatus_Completed_ReturnsTheCompletedStudies_AndNotThoseWithoutStatus()
    {
        var index = new DatasetIndex(new EvidenceDataset(
            sources: null,
            [
                new Study("completed-a", "Completed A", Disease.MultipleSclerosis, status: StudyStatus.Completed),
                new Study("recruiting", "Recruiting", Disease.MultipleSclerosis, status: StudyStatus.Recruiting),
                new Study("no-status", "No status", Disease.MultipleSclerosis),
                new Study("completed-b", "Completed B", Disease.AmyotrophicLateralSclerosis, status: StudyStatus.Completed),
            ]));

        Assert.Equal(["completed-a", "completed-b"], index.Studies.WithStatus(StudyStatus.Completed).Execute().Select(s => s.Id));
        Assert.Equal(["recruiting"], index.Studies.WithStatus(StudyStatus.Recruiting).Execute().Select(s => s.Id));
        Assert.Empty(index.Studies.WithStatus(StudyStatus.Withdrawn).Execute());
        Assert.Empty(Seed.Studies.WithStatus(StudyStatus.Completed).Execute());
    }

    [Fact]
    public void WithTissueSource_BoneMarrow_ReturnsTheStudiesThatStateIt_NotThoseWhoseCellTypeCouldComeFromIt()
    {
        var index = new DatasetIndex(new EvidenceDataset(
            sources: null,
            [
                new Study("bone-marrow-msc", "Bone marrow MSCs", Disease.MultipleSclerosis, interventions: [new(StemCellType.Mesenchymal, tissueSource: TissueSource.BoneMarrow)]),
                new Study("adipose-msc", "Adipose MSCs", Disease.MultipleSclerosis, interventions: [new(StemCellType.Mesenchymal, tissueSource: TissueSource.AdiposeTissue)]),
                new Study("unstated-msc", "MSCs from an unstated tissue", Disease.MultipleSclerosis, interventions: [new(StemCellType.Mesenchymal)]),
            ]));

        Assert.Equal(["bone-marrow-msc"], index.Studies.WithTissueSource(TissueSource.BoneMarrow).Execute().Select(s => s.Id));
        Assert.Empty(index.Studies.WithTissueSource(TissueSource.UmbilicalCordBlood).Execute());
        Assert.Empty(Seed.Studies.WithTissueSource(TissueSource.BoneMarrow).Execute());
    }

    // Combinations.
    [Fact]
    public void Combination_AlsNeuralIntraspinal_ReturnsJohnsHopkinsStudy()
    {
        var studies = Seed.Studies
            .WithDisease(Disease.AmyotrophicLateralSclerosis)
            .WithCellType(StemCellType.Neural)
            .WithRoute(DeliveryRoute.Intraspinal)
            .WithMechanism(Mechanism.CellReplacement)
            .WithOutcomeMeasure(OutcomeMeasure.MotorFunction)
            .Execute();

        Assert.Equal<Study>([SeedArticle.JohnsHopkins], studies);
    }

    [Fact]
    public void Combination_MultipleSclerosisMesenchymalPhase2_ReturnsCambridgeStudy()
    {
        var studies = Seed.Studies
            .WithDisease(Disease.MultipleSclerosis)
            .WithCourse(DiseaseCourse.RelapsingRemittingMs)
            .WithCellType(StemCellType.Mesenchymal)
            .WithMinimumPhase(TrialPhase.Phase2)
            .WithMaximumPhase(TrialPhase.Phase2)
            .Execute();

        Assert.Equal<Study>([SeedArticle.Cambridge], studies);
    }

    [Fact]
    public void Combination_AlsNeuralMinimumPhase2_ReturnsNothing_BecauseTheAlsStudyStatesNoPhase()
    {
        var studies = Seed.Studies
            .WithDisease(Disease.AmyotrophicLateralSclerosis)
            .WithCellType(StemCellType.Neural)
            .WithMinimumPhase(TrialPhase.Phase2)
            .Execute();

        Assert.Empty(studies);
    }

    [Fact]
    public void Combination_CriteriaThatEachMatchButNeverTogether_ReturnsNothing()
    {
        Assert.Empty(Seed.Studies.WithDisease(Disease.MultipleSclerosis).WithCellType(StemCellType.Neural).Execute());
        Assert.Empty(Seed.Studies.WithDisease(Disease.MultipleSclerosis).WithDisease(Disease.AmyotrophicLateralSclerosis).Execute());
    }

    [Fact]
    public void Combination_SameKindTwice_RequiresBoth()
    {
        var combined = new Study(
            "msc-and-hsc",
            "Mesenchymal and hematopoietic cells together",
            Disease.MultipleSclerosis,
            interventions: [new(StemCellType.Mesenchymal), new(StemCellType.Hematopoietic, conditioningRegimen: "chemotherapy")]);
        var index = new DatasetIndex(new EvidenceDataset([SeedArticle.Source], [SeedArticle.Cambridge, SeedArticle.Cleveland, combined]));

        var studies = index.Studies.WithCellType(StemCellType.Mesenchymal).WithCellType(StemCellType.Hematopoietic).Execute();

        Assert.Equal<Study>([combined], studies);
    }

    [Fact]
    public void StudyMentioningATermTwice_IsReturnedOnce()
    {
        var twice = new Study(
            "two-neural-interventions",
            "Two neural stem cell interventions",
            Disease.AmyotrophicLateralSclerosis,
            interventions: [new(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intraspinal]), new(StemCellType.Neural, deliveryRoutes: [DeliveryRoute.Intraspinal])]);
        var index = new DatasetIndex(new EvidenceDataset(sources: null, [twice]));

        Assert.Equal<Study>([twice], index.Studies.WithCellType(StemCellType.Neural).WithRoute(DeliveryRoute.Intraspinal).Execute());
    }

    // Immutability.
    [Fact]
    public void With_ReturnsANewQuery_AndLeavesTheOriginalUnchanged()
    {
        var multipleSclerosis = Seed.Studies.WithDisease(Disease.MultipleSclerosis);

        var cambridge = multipleSclerosis.WithCellType(StemCellType.Mesenchymal);
        var cleveland = multipleSclerosis.WithCellType(StemCellType.Hematopoietic);

        Assert.NotSame(multipleSclerosis, cambridge);
        Assert.Equal<Study>([SeedArticle.Cambridge, SeedArticle.Cleveland], multipleSclerosis.Execute());
        Assert.Equal<Study>([SeedArticle.Cambridge], cambridge.Execute());
        Assert.Equal<Study>([SeedArticle.Cleveland], cleveland.Execute());
        Assert.Equal(3, Seed.Studies.Execute().Length);
    }

    [Fact]
    public void Execute_ReturnsAnImmutableList_ThatCannotBeChangedThroughItsInterfaces()
    {
        ImmutableArray<Study> studies = Seed.Studies.WithDisease(Disease.MultipleSclerosis).Execute();
        IList<Study> list = studies;

        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(SeedArticle.JohnsHopkins));
        Assert.Throws<NotSupportedException>(() => list[0] = SeedArticle.JohnsHopkins);
        Assert.Throws<NotSupportedException>(list.Clear);
        Assert.Equal<Study>([SeedArticle.Cambridge, SeedArticle.Cleveland], Seed.Studies.WithDisease(Disease.MultipleSclerosis).Execute());
    }

    [Fact]
    public void Execute_NoMatch_ReturnsAnEmptyArrayNotADefaultOne()
    {
        var studies = Seed.Studies.WithCellType(StemCellType.Embryonic).Execute();

        Assert.False(studies.IsDefault);
        Assert.True(studies.IsEmpty);
    }

    [Fact]
    public void Execute_Twice_GivesEqualAnswers()
    {
        var query = Seed.Studies.WithDisease(Disease.MultipleSclerosis).WithMinimumPhase(TrialPhase.Phase1);

        Assert.Equal<Study>(query.Execute(), query.Execute());
    }

    // Arguments and description.
    public static TheoryData<string, Func<StudyQuery, StudyQuery>> NullArguments => new()
    {
        { "disease", q => q.WithDisease(null!) },
        { "course", q => q.WithCourse(null!) },
        { "cellType", q => q.WithCellType(null!) },
        { "tissueSource", q => q.WithTissueSource(null!) },
        { "route", q => q.WithRoute(null!) },
        { "mechanism", q => q.WithMechanism(null!) },
        { "outcomeMeasure", q => q.WithOutcomeMeasure(null!) },
        { "phase", q => q.WithPhase(null!) },
        { "phase", q => q.WithMinimumPhase(null!) },
        { "phase", q => q.WithMaximumPhase(null!) },
        { "status", q => q.WithStatus(null!) },
        { "donorOrigin", q => q.WithDonorOrigin(null!) },
        { "registry", q => q.WithRegistry(null!) },
        { "value", q => q.WithRegistryIdentifier(null!) },
    };

    [Theory]
    [InlineData(-1, 2020)]
    [InlineData(0, 0)]
    [InlineData(0, 10000)]
    public void WithMinimumEnrollmentOrStartYear_OutOfRange_ThrowsNamingTheParameter(int participants, int year)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Seed.Studies.WithMinimumEnrollment(participants).WithMinimumStartYear(year).WithMaximumStartYear(year));

        Assert.Equal(participants < 0 ? "participants" : "year", exception.ParamName);
    }

    [Fact]
    public void ToString_DescribesTheRegistryEnrollmentAndStartCriteria()
    {
        var query = Seed.Studies
            .WithDonorOrigin(DonorOrigin.Allogeneic)
            .WithMinimumEnrollment(50)
            .WithMinimumStartYear(2016)
            .WithMaximumStartYear(2022)
            .WithRegistry(Registry.ClinicalTrialsGov)
            .WithRegistryIdentifier("NCT03280056");

        Assert.Equal(
            "studies where donor origin is allogeneic and enrollment is at least 50 and start year is in or after 2016 and start year is in or before 2022 and registry is clinicaltrials-gov and registry identifier is NCT03280056",
            query.ToString());
        Assert.Empty(query.Execute());
    }

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void With_NullTerm_ThrowsNamingTheParameter(string parameter, Func<StudyQuery, StudyQuery> addCriterion)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(() => addCriterion(Seed.Studies)).ParamName);
    }

    [Fact]
    public void ToString_DescribesEveryCriterionInTheOrderAdded()
    {
        var query = Seed.Studies
            .WithDisease(Disease.AmyotrophicLateralSclerosis)
            .WithCellType(StemCellType.Neural)
            .WithMinimumPhase(TrialPhase.Phase2)
            .WithMaximumPhase(TrialPhase.Phase3);

        Assert.Equal(
            "studies where disease is amyotrophic-lateral-sclerosis and cell type is neural and phase is at least phase-2 and phase is at most phase-3",
            query.ToString());
    }
}
