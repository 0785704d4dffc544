using System.Reflection;
using StemCell.Domain.Querying;

namespace StemCell.Domain.Tests.Querying;

/// <summary>
/// Reflection meta-tests that keep every public type of <c>StemCell.Domain.Querying</c> immutable, as
/// <c>ModelConventionTests</c> does for the model, so indexes and queries stay safe to share between threads.
/// </summary>
public sealed class QueryingConventionTests
{
    public static TheoryData<string> TypeNames => [.. Types().Select(t => t.FullName!)];

    [Fact]
    public void Types_IncludeTheIndexTheQueryAndTheVocabularyQueries()
    {
        Assert.Equal([typeof(DatasetIndex), typeof(StudyQuery), typeof(VocabularyQueries)], Types());
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Type_IsSealedOrStatic(string typeName)
    {
        Assert.True(Find(typeName).IsSealed, $"{typeName} is neither sealed nor static.");
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Type_HasNoSettersAndOnlyReadOnlyFields(string typeName)
    {
        var type = Find(typeName);
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        Assert.Empty(type.GetProperties(All).Where(p => p.SetMethod is not null).Select(p => p.Name));
        Assert.Empty(type.GetFields(All).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => f.Name));
    }

    private static IEnumerable<Type> Types() =>
        typeof(DatasetIndex).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "StemCell.Domain.Querying")
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static Type Find(string fullName) => typeof(DatasetIndex).Assembly.GetType(fullName, throwOnError: true)!;
}
