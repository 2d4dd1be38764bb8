#!/bin/sh
echo "Prisma's schema engine is not available on this machine." >&2
echo "Kring applies migrations with 'npm run db:migrate'; write new ones with 'npm run db:migration -- <name>'." >&2
exit 1
