import { redirect } from "next/navigation";
import { auth } from "@/server/auth/next-auth";

/** The signed-in facilitator, or a redirect to sign in that comes back to `returnTo`. */
export async function requireFacilitator(returnTo: string) {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return { id: user.id, name: user.name ?? "", email: user.email ?? "" };
}
