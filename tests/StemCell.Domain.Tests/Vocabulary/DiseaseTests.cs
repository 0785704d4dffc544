using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public class DiseaseTests
{
    [Theory]
    [InlineData("multiple-sclerosis")]
    [InlineData("MS")]
    [InlineData("ms")]
    [InlineData("Multiple-Sclerosis")]
    public void FromCode_CodeOrSynonymInAnyCase_FindsMultipleSclerosis(string code)
    {
        Assert.Same(Disease.MultipleSclerosis, Disease.FromCode(code));
    }

    [Theory]
    [InlineData("Lou Gehrig's disease")]
    [InlineData("Lou Gehrig\u2019s disease")]
    [InlineData("ALS")]
    public void FromCode_DocumentedSynonym_FindsAls(string synonym)
    {
        Assert.Same(Disease.AmyotrophicLateralSclerosis, Disease.FromCode(synonym));
    }

    [Fact]
    public void Courses_OfMultipleSclerosis_AreTheFourMsCoursesInDeclarationOrder()
    {
        Assert.Equal(
            ["clinically-isolated-syndrome", "relapsing-remitting-ms", "secondary-progressive-ms", "primary-progressive-ms"],
            Disease.MultipleSclerosis.Courses.Select(c => c.Code));
    }
}
