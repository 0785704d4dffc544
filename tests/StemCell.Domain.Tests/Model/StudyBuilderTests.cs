using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class StudyBuilderTests
{
    [Fact]
    public void Build_FromAStudy_GivesAnEqualStudy()
    {
        EqualityAssert.Equal(SeedArticle.JohnsHopkins, new StudyBuilder(SeedArticle.JohnsHopkins).Build());
        EqualityAssert.Equal(SeedArticle.Cambridge, SeedArticle.Cambridge.ToBuilder().Build());
    }

    [Fact]
    public void Build_WithCollectionInitializers_FillsTheLists()
    {
        var study = new StudyBuilder("a-study", "A study", Disease.MultipleSclerosis)
        {
            Courses = { DiseaseCourse.RelapsingRemittingMs },
            Phase = TrialPhase.Phase2,
            ReportedIn = PartialDate.FromYear(2023),
            SourceIds = { "seed" },
        }.Build();

        Assert.Equal(new[] { DiseaseCourse.RelapsingRemittingMs }, study.Courses);
        Assert.Same(TrialPhase.Phase2, study.Phase);
        Assert.Equal(new[] { "seed" }, study.SourceIds);
    }

    [Fact]
    public void Build_ThenChangingTheBuilder_LeavesTheStudyAlone()
    {
        var builder = SeedArticle.Cambridge.ToBuilder();
        var study = builder.Build();

        builder.Findings.Clear();
        builder.Title = "Changed";

        Assert.Equal(2, study.Findings.Length);
        Assert.Equal(SeedArticle.Cambridge.Title, study.Title);
        Assert.Empty(builder.Build().Findings);
    }

    [Fact]
    public void Build_InvalidValue_ThrowsNamingTheProperty()
    {
        Assert.Throws<ArgumentException>("id", () => new StudyBuilder("Not A Slug", "t", Disease.MultipleSclerosis).Build());
        Assert.Throws<ArgumentOutOfRangeException>("enrollment", () => new StudyBuilder("s", "t", Disease.MultipleSclerosis) { Enrollment = -1 }.Build());
        Assert.Throws<ArgumentNullException>("disease", () => new StudyBuilder("s", "t", null!).Build());
    }

    [Fact]
    public void Create_FromNullStudy_Throws()
    {
        Assert.Throws<ArgumentNullException>("study", () => new StudyBuilder(null!));
    }
}
