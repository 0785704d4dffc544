using NodaTime;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

/// <summary>A coding's equality, which is written out rather than synthesized (see <see cref="Coding.Equals(Coding)"/>).</summary>
public sealed class CodingTests
{
    private static Coding Icd10CmG35(LocalDate? from = null, LocalDate? until = null, string display = "Multiple sclerosis") =>
        new(CodeSystem.Icd10Cm, "G35", display, CodingConfidence.SecondarySource, "a source", from, until);

    [Fact]
    public void Equals_CodingsWithTheSameValuesAndDates_AreEqualWithEqualHashCodes()
    {
        var first = Icd10CmG35(until: new LocalDate(2025, 9, 30));
        var second = Icd10CmG35(until: new LocalDate(2025, 9, 30));

        Assert.NotSame(first, second);
        Assert.True(first.Equals(second));
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_CodingsThatDifferInADateOrAText_AreNotEqual()
    {
        var coding = Icd10CmG35(until: new LocalDate(2025, 9, 30));

        Assert.NotEqual(coding, Icd10CmG35());
        Assert.NotEqual(coding, Icd10CmG35(until: new LocalDate(2025, 10, 1)));
        Assert.NotEqual(coding, Icd10CmG35(from: new LocalDate(2025, 9, 30), until: new LocalDate(2025, 9, 30)));
        Assert.NotEqual(coding, Icd10CmG35(until: new LocalDate(2025, 9, 30), display: "Multiple sclerosis, unspecified"));
        Assert.False(coding.Equals(null));
    }
}
