using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// The catalog of every vocabulary in the library, for code that lists, exports or looks up terms of any
/// vocabulary by name.
/// </summary>
/// <remarks>
/// The list (<c>Generated/Vocabulary/Vocabularies.g.cs</c>) is generated from the vocabularies' definition files rather than
/// discovered by reflection, so it works unchanged in trimmed and NativeAOT-published applications. A test reflects over
/// the library to make sure no vocabulary is left out. The lookup by name is generated with it, as a switch: no table is
/// built at start-up.
/// </remarks>
public static partial class Vocabularies
{
    /// <summary>Finds the vocabulary with the given name, ignoring case.</summary>
    /// <param name="name">A vocabulary name such as <c>disease-course</c>.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No vocabulary has that name; the message lists the names.</exception>
    public static VocabularyDescriptor Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryFind(name, out var descriptor)
            ? descriptor
            : throw new ArgumentException(
                $"'{name}' is not a vocabulary name. Expected one of: {string.Join(", ", All.Select(d => d.Name))}.",
                nameof(name));
    }

    /// <summary>Tries to find the vocabulary with the given name, ignoring case.</summary>
    /// <param name="name">A vocabulary name; null finds nothing.</param>
    /// <param name="descriptor">The vocabulary found, or null.</param>
    /// <returns><see langword="true"/> when a vocabulary has that name.</returns>
    public static bool TryFind([NotNullWhen(true)] string? name, [NotNullWhen(true)] out VocabularyDescriptor? descriptor)
    {
        // Names are lower-kebab-case ASCII, and no character beyond ASCII equals an ASCII one ignoring case (ordinally):
        // a name in any case folds to one that the generated IndexOfName finds, and anything else finds nothing.
        descriptor = null;
        if (name is null || name.Length > LongestName)
        {
            return false;
        }

        Span<char> folded = stackalloc char[LongestName];
        if (Ascii.ToLower(name, folded, out var length) == OperationStatus.Done && IndexOfName(folded[..length]) is var index and >= 0)
        {
            descriptor = All[index];
        }

        return descriptor is not null;
    }
}
