using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

public sealed class ValidationReportTests
{
    [Fact]
    public void Valid_HasNoProblems()
    {
        Assert.True(ValidationReport.Valid.IsValid);
        Assert.Empty(ValidationReport.Valid.Problems);
        Assert.Equal("Valid.", ValidationReport.Valid.ToString());
        EqualityAssert.Equal(ValidationReport.Valid, new ValidationReport(null));
    }

    [Fact]
    public void Problems_AreKeptInOrderAndPrintedOneALine()
    {
        var report = new ValidationReport([new("studies[0].id", "First."), new("sources[1].id", "Second.")]);

        Assert.False(report.IsValid);
        Assert.Equal("studies[0].id: First.\nsources[1].id: Second.", report.ToString());
    }

    [Fact]
    public void Equality_ComparesProblemsElementByElement()
    {
        EqualityAssert.Equal(
            new ValidationReport(new List<ValidationProblem> { new("a", "A.") }),
            new ValidationReport([new ValidationProblem("a", "A.")]));
        EqualityAssert.NotEqual(
            new ValidationReport([new("a", "A."), new("b", "B.")]),
            new ValidationReport([new("b", "B."), new("a", "A.")]));
        EqualityAssert.NotEqualToNullOrOtherTypes(ValidationReport.Valid);
    }

    [Fact]
    public void Create_NullProblem_Throws()
    {
        Assert.Throws<ArgumentException>("problems", () => new ValidationReport([null!]));
    }
}
