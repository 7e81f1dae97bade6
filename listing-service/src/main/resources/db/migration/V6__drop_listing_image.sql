-- Listing images are read from listing.image_hashes when a counterfeit is confirmed (a rare scan); keeping a
-- second copy, one row per image, cost every submission an extra write.
drop table listing_image;
