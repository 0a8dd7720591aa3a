using System.Runtime.InteropServices;

namespace TreatyExplainer.Output;

/// <summary>
/// Exchanges two folders in one step where the kernel can (Linux renameat2 with RENAME_EXCHANGE), so a reader or a
/// killed build never sees output/ missing or half-written. Elsewhere it falls back to two renames.
/// </summary>
public static class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Puts <paramref name="fresh"/> at <paramref name="target"/>; the old target, if any, ends up at <paramref name="fresh"/>.</summary>
    public static void Replace(string fresh, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(fresh, target);
            return;
        }
        if (OperatingSystem.IsLinux() && TryExchange(fresh, target)) return;
        var aside = fresh + ".old";
        Directory.Move(target, aside);
        Directory.Move(fresh, target);
        Directory.Move(aside, fresh);
    }

    // errno values meaning "this kernel or file system cannot exchange": fall back to renames. Any other is a real failure.
    private const int NotImplemented = 38;
    private const int InvalidArgument = 22;

    private static bool TryExchange(string a, string b)
    {
        try
        {
            if (RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            if (errno is NotImplemented or InvalidArgument) return false;
            throw new IOException($"cannot swap the new output in: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // Plain DllImport: strings marshal as UTF-8 on Unix, and no unsafe code is needed.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
