using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class DoseTests
{
    [Theory]
    [InlineData(1600000, "cells-per-kilogram", "1600000 cells/kg")]
    [InlineData(0.5, "cells", "0.5 cells")]
    public void Create_PositiveAmount_Succeeds(double amount, string unit, string text)
    {
        var dose = new Dose((decimal)amount, DoseUnit.FromCode(unit));

        Assert.Equal((decimal)amount, dose.Amount);
        Assert.Same(DoseUnit.FromCode(unit), dose.Unit);
        Assert.Equal(text, dose.ToString());
        Assert.True(Dose.TryCreate((decimal)amount, DoseUnit.FromCode(unit), out var tried, out var problems));
        Assert.Empty(problems);
        EqualityAssert.Equal(dose, tried);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_AmountNotPositive_Throws(double amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>("amount", () => new Dose((decimal)amount, DoseUnit.Cells));
        Assert.False(Dose.TryCreate((decimal)amount, null, out var dose, out var problems));
        Assert.Null(dose);
        ProblemAssert.Paths(["amount", "unit"], problems);
    }

    [Fact]
    public void Create_NullUnit_Throws()
    {
        Assert.Throws<ArgumentNullException>("unit", () => new Dose(1m, null!));
    }

    [Fact]
    public void TryCreate_AmountZeroAndNoUnit_ReportsBothProblems()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new Dose(0m, DoseUnit.Cells));

        Assert.False(Dose.TryCreate(0m, null, out _, out var problems));

        Assert.Equal(2, problems.Length);
        ProblemAssert.AsThrown(thrown, problems[0]);
        Assert.Equal(new ValidationProblem("unit", "A unit is required."), problems[1]);
    }

    [Fact]
    public void Equality_ComparesAmountAndUnit()
    {
        EqualityAssert.Equal(new Dose(2000000m, DoseUnit.CellsPerKilogram), new Dose(2.0e6m, DoseUnit.CellsPerKilogram));
        EqualityAssert.NotEqual(new Dose(2000000m, DoseUnit.CellsPerKilogram), new Dose(2000000m, DoseUnit.Cells));
        EqualityAssert.NotEqualToNullOrOtherTypes(new Dose(1m, DoseUnit.Cells));
    }
}
