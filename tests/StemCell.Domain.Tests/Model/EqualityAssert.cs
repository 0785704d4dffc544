using System.Reflection;

namespace StemCell.Domain.Tests.Model;

/// <summary>
/// The equality contract every model type keeps, asserted through every entry point at once: <c>Equals(T)</c> both
/// ways, <c>Equals(object)</c>, <c>GetHashCode</c>, and the type's own <c>==</c> and <c>!=</c> operators.
/// </summary>
internal static class EqualityAssert
{
    internal static void Equal<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.True(left.Equals(right), $"{left} should equal {right}.");
        Assert.True(right.Equals(left), $"{right} should equal {left}.");
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.True(Operator("op_Equality", left, right));
        Assert.False(Operator("op_Inequality", left, right));
    }

    internal static void NotEqual<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.False(left.Equals(right), $"{left} should not equal {right}.");
        Assert.False(right.Equals(left), $"{right} should not equal {left}.");
        Assert.False(left.Equals((object)right));
        Assert.False(Operator("op_Equality", left, right));
        Assert.True(Operator("op_Inequality", left, right));
    }

    /// <summary>Asserts that a value is unequal to null and to an object of another type.</summary>
    internal static void NotEqualToNullOrOtherTypes<T>(T value)
        where T : class, IEquatable<T>
    {
        Assert.False(value.Equals((T?)null));
        Assert.False(value.Equals((object?)null));
        Assert.False(value.Equals(new object()));
        Assert.False(Operator("op_Equality", value, null));
        Assert.True(Operator("op_Inequality", value, null));
        Assert.False(Operator("op_Equality", null, value));
    }

    private static bool Operator<T>(string name, T? left, T? right)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)])
            ?? throw new Xunit.Sdk.XunitException($"{typeof(T).Name} declares no {name}.");
        return (bool)method.Invoke(null, [left, right])!;
    }
}
