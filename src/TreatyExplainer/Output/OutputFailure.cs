using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Output;

/// <summary>
/// Turns a failed read or write of the output into a diagnostic that names the path: a full disk, a read-only
/// folder or a missing permission is the machine's problem, not a bug, and the user can fix it.
/// </summary>
public static class OutputFailure
{
    // errno values as .NET reports them in IOException.HResult on Unix, and the Windows disk-full HRESULTs.
    private const int NoSpace = 28;
    private const int QuotaExceeded = 122;
    private const int ReadOnlyFileSystem = 30;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static bool IsFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    public static Diagnostic ToDiagnostic(Exception e, string path, bool reading)
    {
        if (e.HResult is NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull)
            return Diagnostic.Error(path, 1, 1, DiagnosticCodes.OutputDiskFull,
                "the disk is full (or the quota used up) while writing here; free some space and build again, the previous output is untouched");
        if (e.HResult == ReadOnlyFileSystem)
            return Diagnostic.Error(path, 1, 1, DiagnosticCodes.OutputNotWritable,
                "cannot write here: the file system is read-only; choose another --output or make it writable");
        if (reading)
            return Diagnostic.Error(path, 1, 1, DiagnosticCodes.OutputNotReadable,
                $"cannot read this folder of the output: {Reason(e)}; fix its permissions or choose another --output");
        return Diagnostic.Error(path, 1, 1, DiagnosticCodes.OutputNotWritable,
            $"cannot write here: {Reason(e)}; fix its permissions or choose another --output");
    }

    /// <summary>A folder the user made read-only, said before anything is written rather than after.</summary>
    public static Diagnostic ReadOnlyFolder(string path) =>
        Diagnostic.Error(path, 1, 1, DiagnosticCodes.OutputNotWritable,
            "cannot write here: the folder is read-only; make it writable or choose another --output");

    /// <summary>The system's words without the absolute path .NET appends, which the diagnostic already names.</summary>
    private static string Reason(Exception e) =>
        e is UnauthorizedAccessException ? "permission denied" : e.Message.Split(" : '")[0].Split(" '")[0].TrimEnd('.', ' ');
}
