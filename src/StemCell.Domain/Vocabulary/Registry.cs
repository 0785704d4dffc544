namespace StemCell.Domain.Vocabulary;

// The terms, their properties and their export are generated from Definitions/registry.json; this part holds the identifier check.
public sealed partial class Registry
{
    /// <summary>Tells whether text has the shape of this registry's identifiers.</summary>
    /// <param name="identifier">The identifier, exactly as it would be stored (no white space; letters in upper case).</param>
    /// <returns><see langword="true"/> when <paramref name="identifier"/> matches <see cref="IdentifierPattern"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    public bool IsValidIdentifier(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);

        // The pattern is compiled at build time (no parsing at run time, and no regular expression engine in a NativeAOT
        // image), and it matches without a timeout: each pattern is a fixed sequence of literals and counted digit
        // classes, which match in linear time, and a timeout's clock reading on every match was an eighth of the time
        // to read a dataset of registry trials.
        return IdentifierPatternRegex.IsMatch(identifier);
    }
}
