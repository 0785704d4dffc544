using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

/// <summary>
/// Reflection meta-tests that keep every public type of the model (<c>StemCell.Domain.Model</c>) and the core value
/// types (<c>StemCell.Domain</c>, such as <see cref="PartialDate"/>) immutable and consistently equatable, so a new
/// type cannot quietly break the rules the hand-written tests check for today's types.
/// </summary>
public sealed class ModelConventionTests
{
    private static readonly Assembly Library = typeof(PartialDate).Assembly;

    /// <summary>The public types that are mutable on purpose, each documented as such.</summary>
    private static readonly Type[] MutableByDesign = [typeof(StudyBuilder)];

    public static TheoryData<string> CoveredTypeNames => [.. CoveredTypes().Select(t => t.FullName!)];

    public static TheoryData<string> ImmutableTypeNames => [.. CoveredTypes().Except(MutableByDesign).Select(t => t.FullName!)];

    [Fact]
    public void CoveredTypes_IncludeTheWholeModel()
    {
        var names = CoveredTypes().Select(t => t.Name).ToList();

        Assert.Contains(nameof(PartialDate), names);
        Assert.Contains(nameof(EvidenceDataset), names);
        Assert.Contains(nameof(Study), names);
        Assert.Contains(nameof(Proportion), names);
        Assert.Contains(nameof(ValidationReport), names);
        Assert.True(names.Count >= 25, $"Only {names.Count} types were found: {string.Join(", ", names)}.");
    }

    [Theory]
    [MemberData(nameof(CoveredTypeNames))]
    public void Type_IsSealedAbstractOrAValueType(string typeName)
    {
        var type = Find(typeName);

        Assert.True(type.IsValueType || type.IsSealed || type.IsAbstract, $"{type.Name} is a class that is neither sealed nor abstract.");
    }

    [Theory]
    [MemberData(nameof(ImmutableTypeNames))]
    public void Type_HasNoPublicSetters(string typeName)
    {
        var type = Find(typeName);
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name);

        Assert.Empty(settable);
    }

    [Theory]
    [MemberData(nameof(ImmutableTypeNames))]
    public void Type_HasOnlyReadOnlyFields(string typeName)
    {
        var type = Find(typeName);
        if (type.IsEnum)
        {
            return;
        }

        var writable = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name);

        Assert.Empty(writable);
    }

    [Theory]
    [MemberData(nameof(ImmutableTypeNames))]
    public void ValueType_IsAReadOnlyStruct(string typeName)
    {
        var type = Find(typeName);
        if (!type.IsValueType || type.IsEnum)
        {
            return;
        }

        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute)), $"{type.Name} is not declared 'readonly struct'.");
    }

    [Theory]
    [MemberData(nameof(CoveredTypeNames))]
    public void EquatableType_DeclaresEqualityOperators(string typeName)
    {
        var type = Find(typeName);
        if (!type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type)))
        {
            return;
        }

        foreach (var name in new[] { "op_Equality", "op_Inequality" })
        {
            var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, [type, type]);
            Assert.True(method is not null && method.ReturnType == typeof(bool), $"{type.Name} implements IEquatable<{type.Name}> but declares no {name}.");
        }
    }

    [Theory]
    [MemberData(nameof(CoveredTypeNames))]
    public void TypeWithListProperties_DeclaresElementWiseEquality(string typeName)
    {
        var type = Find(typeName);
        var lists = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            .ToList();
        if (lists.Count == 0 || !type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type)))
        {
            return;
        }

        // ImmutableArray<T> compares by reference, so a record's synthesized equality would be wrong: the type must write its own.
        var equals = type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [type]);
        var hash = type.GetMethod(nameof(GetHashCode), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes);
        Assert.True(equals is not null && !equals.IsDefined(typeof(CompilerGeneratedAttribute)), $"{type.Name} has list properties but its Equals({type.Name}) is compiler-generated.");
        Assert.True(hash is not null && !hash.IsDefined(typeof(CompilerGeneratedAttribute)), $"{type.Name} has list properties but its GetHashCode is compiler-generated.");
    }

    [Fact]
    public void TypeWithListProperties_CheckCanTellSynthesizedEqualityApart()
    {
        // Population is a record without lists, so it keeps the compiler's Equals: the check above must be able to see that.
        var synthesized = typeof(Population).GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [typeof(Population)]);
        var handWritten = typeof(Study).GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [typeof(Study)]);

        Assert.True(synthesized!.IsDefined(typeof(CompilerGeneratedAttribute)));
        Assert.False(handWritten!.IsDefined(typeof(CompilerGeneratedAttribute)));
    }

    [Fact]
    public void MutableTypes_AreOnlyTheDocumentedBuilders()
    {
        var mutable = CoveredTypes()
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.SetMethod is { IsPublic: true }))
            .ToList();

        Assert.Equal(MutableByDesign, mutable);
    }

    private static IEnumerable<Type> CoveredTypes() =>
        Library.GetExportedTypes()
            .Where(t => t.Namespace is "StemCell.Domain.Model" or "StemCell.Domain")
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Type Find(string fullName) => Library.GetType(fullName, throwOnError: true)!;
}
