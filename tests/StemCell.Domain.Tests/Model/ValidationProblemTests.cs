using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

public sealed class ValidationProblemTests
{
    [Theory]
    [InlineData("studies[2].findings[0].result", "Bad.", "studies[2].findings[0].result: Bad.")]
    [InlineData("", "Bad.", "Bad.")]
    public void ToString_JoinsPathAndMessage(string path, string message, string text)
    {
        Assert.Equal(text, new ValidationProblem(path, message).ToString());
    }

    [Fact]
    public void Create_NullOrBlank_Throws()
    {
        Assert.Throws<ArgumentNullException>("path", () => new ValidationProblem(null!, "Bad."));
        Assert.Throws<ArgumentException>("message", () => new ValidationProblem("id", " "));
    }

    [Fact]
    public void Equality_ComparesPathAndMessage()
    {
        EqualityAssert.Equal(new ValidationProblem("id", "Bad."), new ValidationProblem("id", "Bad."));
        EqualityAssert.NotEqual(new ValidationProblem("id", "Bad."), new ValidationProblem("title", "Bad."));
        EqualityAssert.NotEqualToNullOrOtherTypes(new ValidationProblem("id", "Bad."));
    }
}
