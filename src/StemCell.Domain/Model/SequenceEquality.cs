using System.Collections.Immutable;

namespace StemCell.Domain.Model;

/// <summary>
/// Element-by-element equality and hashing for the immutable arrays that model records hold: an
/// <see cref="ImmutableArray{T}"/>'s own equality compares the underlying array by reference, which would make two
/// equal studies unequal.
/// </summary>
internal static class SequenceEquality
{
    internal static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);

    internal static void AddTo<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }
}
